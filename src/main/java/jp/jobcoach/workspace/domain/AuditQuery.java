package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which entries of a case's audit log to show, one page at a time: by whom, of which category, which action, from
 * and to which day (in the reader's zone, both included); each criterion optional. Parsed from request parameters.
 *
 * @param from  the first moment shown (null: from the beginning)
 * @param until the first moment no longer shown (null: up to now)
 * @param after where the page starts (null: with the newest entry)
 */
public record AuditQuery(String actorKey, String category, AuditAction action, Instant from, Instant until,
                         AuditCursor after, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static AuditQuery newest(int size) {
        return new AuditQuery(null, null, null, null, null, null, size);
    }

    /** @throws ValidationException naming the parameters that do not read (unknown codes, days, a cursor) */
    public static AuditQuery parse(String actorKey, String category, String action, String from, String to,
                                   String cursor, String size, ZoneId zone) {
        Check check = new Check();
        Optional<AuditAction> parsedAction = check.parse("action", action, AuditAction.class);
        String parsedCategory = blankToNull(category);
        check.failIf(parsedCategory != null && Arrays.stream(DataCategory.values())
                .noneMatch(known -> known.name().equals(parsedCategory.toUpperCase(Locale.ROOT))), "category",
                Check.UNKNOWN_VALUE, parsedCategory == null ? "" : parsedCategory);
        LocalDate fromDay = day(check, "from", from);
        LocalDate toDay = day(check, "to", to);
        check.notBefore("to", toDay, "from", fromDay);
        AuditCursor after = null;
        if (blankToNull(cursor) != null) {
            after = AuditCursor.parse(cursor.strip()).orElse(null);
            check.failIf(after == null, "cursor", PageRequest.BAD_CURSOR);
        }
        int pageSize = size == null || size.isBlank() ? DEFAULT_SIZE : parsedSize(check, size);
        ValidationException.throwIfAny(check.errors());
        return new AuditQuery(blankToNull(actorKey), parsedCategory == null ? null : parsedCategory.toUpperCase(Locale.ROOT),
                parsedAction.orElse(null), fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), after, pageSize);
    }

    /** The same criteria from {@code next} on. */
    public AuditQuery after(AuditCursor next) {
        return new AuditQuery(actorKey, category, action, from, until, next, size);
    }

    private static int parsedSize(Check check, String size) {
        int parsed;
        try {
            parsed = Integer.parseInt(size.strip());
        } catch (NumberFormatException notANumber) {
            parsed = -1;
        }
        check.inRange("pageSize", parsed, 1, MAX_SIZE);
        return parsed;
    }

    private static LocalDate day(Check check, String field, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            check.failIf(true, field, Check.UNKNOWN_VALUE, text);
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
