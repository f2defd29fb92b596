package jp.jobcoach.workspace.domain.timeline;

import java.util.List;

/**
 * Entries of one kind that came after a point (the center coach's "since my last visit"): how many there are in all,
 * and the newest of them, as many as were asked for.
 */
public record RecentEntries(int count, List<TimelineEntry> newest) {
    public RecentEntries {
        newest = List.copyOf(newest);
    }

    public static final RecentEntries NONE = new RecentEntries(0, List.of());
}
