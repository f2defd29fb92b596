package jp.jobcoach.workspace.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** How domain values are written into columns: ISO days as text, lists of days comma-separated, enums by name. */
final class Columns {
    private Columns() {
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    static String days(Collection<LocalDate> days) {
        return String.join(",", days.stream().map(LocalDate::toString).toList());
    }

    static List<LocalDate> days(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(LocalDate::parse).toList();
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * The most items one IN list may hold: Oracle refuses more than 1,000, and SQL Server more than 2,100
     * parameters in a statement. Lists sized by the data are read by a join instead; what must be a list is
     * sent in {@link #chunks} of this size.
     */
    static final int MAX_IN_LIST = 1000;

    /** {@code values} in lists of at most {@link #MAX_IN_LIST}, one statement each; none for no values. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IN_LIST)));
        }
        return chunks;
    }

    /** {@code ?, ?, ?} for an IN clause of {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static <T, R> List<R> map(T[] rows, Function<T, R> mapper) {
        return Arrays.stream(rows).map(mapper).toList();
    }
}
