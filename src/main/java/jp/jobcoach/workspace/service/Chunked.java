package jp.jobcoach.workspace.service;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.PageCursor;

/**
 * Reads a whole keyset-paged list (newest first) one chunk at a time for an export: each chunk is handed on before
 * the next is read, so an export of a long history never holds more than one chunk, and every read is bounded.
 */
final class Chunked {
    /** Rows per read: large enough to keep statements few, small enough to keep memory flat. */
    static final int SIZE = 500;

    private Chunked() {
    }

    static <T> void each(BiFunction<PageCursor, Integer, List<T>> page, Function<T, PageCursor> cursor,
                         Consumer<List<T>> chunk) {
        PageCursor after = null;
        List<T> read;
        do {
            read = page.apply(after, SIZE);
            if (!read.isEmpty()) {
                chunk.accept(read);
                after = cursor.apply(read.get(read.size() - 1));
            }
        } while (read.size() == SIZE);
    }
}
