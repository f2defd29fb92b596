package jp.jobcoach.workspace.domain.timeline;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.jobcoach.workspace.domain.CursorText;

/**
 * A position in a timeline: the last entry of a page. The next page holds the entries that come after it in
 * {@link TimelineEntry#NEWEST_FIRST}. The text form is opaque to clients but plain: {@code seconds.nanos~KIND~id}.
 */
public record TimelineCursor(Instant at, TimelineKind kind, long sourceId) {

    private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,19})\\.(\\d{1,9})~([A-Z_]{1,40})~(-?\\d{1,19})");

    public TimelineCursor {
        if (at == null || kind == null) {
            throw new IllegalArgumentException("a cursor needs a time and a kind");
        }
    }

    public String encode() {
        return at.getEpochSecond() + "." + at.getNano() + "~" + kind.name() + "~" + sourceId;
    }

    /** The cursor in {@code text}; empty for anything that is not one (tampered, truncated, from elsewhere). */
    public static Optional<TimelineCursor> parse(String text) {
        return CursorText.parse(text, FORMAT, parts -> new TimelineCursor(
                Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                TimelineKind.valueOf(parts.group(3)), Long.parseLong(parts.group(4))));
    }

    /** Whether {@code entry} comes after this position, i.e. belongs to the following pages. */
    public boolean isBefore(TimelineEntry entry) {
        TimelineEntry here = new TimelineEntry(kind, sourceId, at, null, null, null, null, null, null);
        return TimelineEntry.NEWEST_FIRST.compare(here, entry) < 0;
    }
}
