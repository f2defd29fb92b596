package jp.jobcoach.workspace.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list, newest first, and where the next page starts when there is one. */
public record Page<T>(List<T> items, PageCursor nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code fetched}, read with {@link PageRequest#fetchSize()}: the first {@code size} records, and
     * a cursor after the last of them when one more was found.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, PageCursor> position) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, request.size());
        return new Page<>(shown, position.apply(shown.get(shown.size() - 1)));
    }

    public Optional<PageCursor> next() {
        return Optional.ofNullable(nextCursor);
    }
}
