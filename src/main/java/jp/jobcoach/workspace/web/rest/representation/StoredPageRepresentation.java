package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.Stored;

/**
 * A page of stored records, newest first: {@code {"items": [...], "next": "..."}}; {@code next} is the cursor of
 * the following page, absent on the last.
 */
public record StoredPageRepresentation<V>(List<StoredRepresentation<V>> items, String next) {

    public static <T, V> StoredPageRepresentation<V> of(Page<Stored<T>> page, Function<? super T, ? extends V> value) {
        return new StoredPageRepresentation<>(StoredRepresentation.all(page.items(), value),
                page.next().map(PageCursor::encode).orElse(null));
    }
}
