package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.Stored;

/**
 * A stored record: {@code {"id", "caseId", "version", "value": {...}}}; a write to it names {@code version}.
 * The value carries neither id nor version, so each is said once.
 */
public record StoredRepresentation<V>(long id, long caseId, int version, V value) {

    public static <T, V> StoredRepresentation<V> of(Stored<T> stored, Function<? super T, ? extends V> value) {
        return new StoredRepresentation<>(stored.id(), stored.caseId(), stored.version(), value.apply(stored.value()));
    }

    public static <T, V> List<StoredRepresentation<V>> all(List<Stored<T>> stored, Function<? super T, ? extends V> value) {
        return stored.stream().map(each -> StoredRepresentation.<T, V>of(each, value)).toList();
    }
}
