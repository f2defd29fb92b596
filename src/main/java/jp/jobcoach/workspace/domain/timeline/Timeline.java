package jp.jobcoach.workspace.domain.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The merge behind a case's timeline. The store reads each kind with one statement, already filtered and
 * sorted {@link TimelineEntry#NEWEST_FIRST}, at most {@link TimelineQuery#fetchSize()} entries after the
 * cursor; this puts them into one page. Entries the query does not want are dropped here again, so that a
 * loader's mistake cannot show a kind or role the viewer did not ask for.
 */
public final class Timeline {

    private Timeline() {
    }

    /**
     * One page of {@code query} from lists that are each sorted newest first.
     *
     * @throws IllegalArgumentException when a list is not sorted newest first
     */
    public static TimelinePage merge(Collection<? extends List<TimelineEntry>> sortedLists, TimelineQuery query) {
        record Head(List<TimelineEntry> list, int index) {
            TimelineEntry entry() {
                return list.get(index);
            }
        }
        PriorityQueue<Head> heads = new PriorityQueue<>(
                (one, other) -> TimelineEntry.NEWEST_FIRST.compare(one.entry(), other.entry()));
        for (List<TimelineEntry> list : sortedLists) {
            if (!list.isEmpty()) {
                heads.add(new Head(list, 0));
            }
        }
        List<TimelineEntry> taken = new ArrayList<>();
        TimelineEntry last = null;
        while (!heads.isEmpty() && taken.size() <= query.pageSize()) {
            Head head = heads.poll();
            TimelineEntry entry = head.entry();
            if (head.index() + 1 < head.list().size()) {
                TimelineEntry following = head.list().get(head.index() + 1);
                if (TimelineEntry.NEWEST_FIRST.compare(entry, following) > 0) {
                    throw new IllegalArgumentException("not sorted newest first: " + following + " after " + entry);
                }
                heads.add(new Head(head.list(), head.index() + 1));
            }
            boolean repeated = last != null && TimelineEntry.NEWEST_FIRST.compare(last, entry) == 0;
            last = entry;
            if (!repeated && query.matches(entry) && (query.after() == null || query.after().isBefore(entry))) {
                taken.add(entry);
            }
        }
        if (taken.size() > query.pageSize()) {
            List<TimelineEntry> page = taken.subList(0, query.pageSize());
            return new TimelinePage(page, page.get(page.size() - 1).position());
        }
        return new TimelinePage(taken, null);
    }
}
