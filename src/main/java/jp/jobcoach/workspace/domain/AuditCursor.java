package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in a case's audit log, newest first: the time and row id of the last entry of a page. Its text form is
 * opaque to clients but plain: {@code seconds.nanos~id}.
 */
public record AuditCursor(Instant at, long id) {
    private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,19})\\.(\\d{1,9})~(\\d{1,19})");

    public String encode() {
        return at.getEpochSecond() + "." + at.getNano() + "~" + id;
    }

    /** The cursor in {@code text}; empty for anything that is not one. */
    public static Optional<AuditCursor> parse(String text) {
        return CursorText.parse(text, FORMAT, parts -> new AuditCursor(
                Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                Long.parseLong(parts.group(3))));
    }
}
