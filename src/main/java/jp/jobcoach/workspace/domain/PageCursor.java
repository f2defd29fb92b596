package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in a list read newest first by a keyset: the last record of a page, by its day (visits and
 * interviews: their date) and its id, or by its id alone (cases). The next page holds the records after it:
 * older days, or the same day and lower ids. The text form is opaque to clients but plain: {@code 2026-05-01~42},
 * or {@code 42} without a day.
 */
public record PageCursor(LocalDate day, long id) {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{4}-\\d{2}-\\d{2})~)?(\\d{1,19})");

    /** After the record {@code id} of {@code day}. */
    public static PageCursor after(LocalDate day, long id) {
        if (day == null) {
            throw new IllegalArgumentException("a dated cursor needs its day");
        }
        return new PageCursor(day, id);
    }

    /** After the record {@code id}, in a list by id alone. */
    public static PageCursor afterId(long id) {
        return new PageCursor(null, id);
    }

    public String encode() {
        return day == null ? String.valueOf(id) : day + "~" + id;
    }

    /** The cursor in {@code text}; empty for anything that is not one (tampered, truncated, from elsewhere). */
    public static Optional<PageCursor> parse(String text) {
        return CursorText.parse(text, FORMAT, parts -> new PageCursor(
                parts.group(1) == null ? null : LocalDate.parse(parts.group(1)), Long.parseLong(parts.group(2))));
    }
}
