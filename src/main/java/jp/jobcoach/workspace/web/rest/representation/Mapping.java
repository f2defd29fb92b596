package jp.jobcoach.workspace.web.rest.representation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Null-safe conversion of the parts of a representation. A request may leave a part out; it stays absent, so
 * that the domain decides (a validation error, or a refusal that {@code Json.required} reports as a bad body).
 */
final class Mapping {
    private Mapping() {
    }

    static <T, R> R nullable(T value, Function<? super T, ? extends R> convert) {
        return value == null ? null : convert.apply(value);
    }

    static <T, R> List<R> list(List<T> items, Function<? super T, ? extends R> convert) {
        return items == null ? null : items.stream().<R>map(item -> nullable(item, convert)).toList();
    }

    /** The map with each value converted, in the map's order; keys are enums, written by name. */
    static <K, T, R> Map<K, R> values(Map<K, T> map, Function<? super T, ? extends R> convert) {
        if (map == null) {
            return null;
        }
        Map<K, R> converted = new LinkedHashMap<>();
        map.forEach((key, value) -> converted.put(key, nullable(value, convert)));
        return converted;
    }
}
