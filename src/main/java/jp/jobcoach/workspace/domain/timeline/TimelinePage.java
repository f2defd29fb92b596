package jp.jobcoach.workspace.domain.timeline;

import java.util.List;
import java.util.Optional;

/** One page of a timeline, newest first, and where the next page starts when there is one. */
public record TimelinePage(List<TimelineEntry> entries, TimelineCursor nextCursor) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    public Optional<TimelineCursor> next() {
        return Optional.ofNullable(nextCursor);
    }
}
