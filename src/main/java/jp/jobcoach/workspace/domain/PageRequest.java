package jp.jobcoach.workspace.domain;

import java.util.Optional;

/**
 * Which page of a list to read: {@code size} records after {@code after} (absent: from the newest). Every list
 * that can grow with a case's history (interviews, visits, a person's cases) is read a page at a time.
 */
public record PageRequest(int size, PageCursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final String BAD_CURSOR = "jobcoach.validation.page.bad-cursor";

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size " + size);
        }
    }

    /** The first {@code size} records. */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /**
     * The page in request parameters: a size (blank: the default) and a cursor from an earlier page (blank: the
     * newest); a cursor names the kind of list it came from (dated or not), so one of another kind is refused.
     *
     * @throws ValidationException naming {@code pageSize} or {@code cursor}
     */
    public static PageRequest parse(String size, String cursor, boolean dated) {
        Check check = new Check();
        int pageSize = parseSize(check, size);
        Optional<PageCursor> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            after = PageCursor.parse(cursor.strip()).filter(parsed -> (parsed.day() != null) == dated);
            check.failIf(after.isEmpty(), "cursor", BAD_CURSOR);
        }
        ValidationException.throwIfAny(check.errors());
        return new PageRequest(pageSize, after.orElse(null));
    }

    /** A page size from a request parameter, {@link #DEFAULT_SIZE} when blank; out of range is a field error. */
    public static int parseSize(Check check, String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(size.strip());
        } catch (NumberFormatException notANumber) {
            parsed = -1;
        }
        check.inRange("pageSize", parsed, 1, MAX_SIZE);
        return parsed;
    }

    /** How many records a read asks for: one more than the page shows, which tells whether a next page exists. */
    public int fetchSize() {
        return size + 1;
    }
}
