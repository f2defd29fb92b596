package jp.jobcoach.workspace.domain.timeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One page of a timeline, newest first; where the next page starts when there is one; and which of its comments
 * the viewer may take off the timeline (those they wrote).
 */
public record TimelinePage(List<TimelineEntry> entries, TimelineCursor nextCursor, Set<Long> removableComments) {

    public TimelinePage {
        entries = List.copyOf(entries);
        removableComments = Set.copyOf(removableComments);
    }

    public TimelinePage(List<TimelineEntry> entries, TimelineCursor nextCursor) {
        this(entries, nextCursor, Set.of());
    }

    public Optional<TimelineCursor> next() {
        return Optional.ofNullable(nextCursor);
    }

    /** The comments on this page written by {@code viewerKey} become removable. */
    public TimelinePage removableBy(String viewerKey) {
        return new TimelinePage(entries, nextCursor, entries.stream()
                .filter(entry -> entry.kind() == TimelineKind.COMMENT && viewerKey.equals(entry.authorKey()))
                .map(TimelineEntry::sourceId).collect(Collectors.toSet()));
    }

    public boolean removable(TimelineEntry entry) {
        return entry.kind() == TimelineKind.COMMENT && removableComments.contains(entry.sourceId());
    }
}
