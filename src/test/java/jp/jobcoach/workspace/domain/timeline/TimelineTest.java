package jp.jobcoach.workspace.domain.timeline;

import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.entry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

public class TimelineTest {

    private static final List<TimelineEntry> VISITS = List.of(entry(TimelineKind.VISIT, 3, 50, CaseRole.CENTER_COACH),
            entry(TimelineKind.VISIT, 2, 30, CaseRole.CENTER_COACH), entry(TimelineKind.VISIT, 1, 10, CaseRole.CENTER_COACH));
    private static final List<TimelineEntry> INTERVIEWS = List.of(
            entry(TimelineKind.INTERVIEW, 2, 30, CaseRole.IN_COMPANY_COACH),
            entry(TimelineKind.INTERVIEW, 1, 20, CaseRole.IN_COMPANY_COACH));
    private static final List<TimelineEntry> COMMENTS = List.of(entry(TimelineKind.COMMENT, 9, 40, null),
            entry(TimelineKind.COMMENT, 8, 30, CaseRole.CENTER_COACH), entry(TimelineKind.COMMENT, 7, 30, CaseRole.SUPERVISOR));

    private static List<String> ids(TimelinePage page) {
        return page.entries().stream().map(e -> e.kind().name().charAt(0) + "" + e.sourceId()).toList();
    }

    @Test
    public void mergesIntoOneNewestFirstOrderWithStableTies() {
        TimelinePage page = Timeline.merge(List.of(COMMENTS, VISITS, INTERVIEWS), TimelineQuery.newest());
        assertEquals(List.of("V3", "C9", "V2", "I2", "C8", "C7", "I1", "V1"), ids(page));
        assertEquals(page.entries(), Timeline.merge(List.of(INTERVIEWS, COMMENTS, VISITS), TimelineQuery.newest())
                .entries());
        assertTrue(page.next().isEmpty());
    }

    @Test
    public void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        TimelineQuery query = new TimelineQuery(Set.of(), Set.of(), 3, null);
        for (int pages = 0; pages < 10; pages++) {
            TimelinePage page = Timeline.merge(List.of(VISITS, INTERVIEWS, COMMENTS), query);
            assertTrue(page.entries().size() <= 3);
            seen.addAll(ids(page));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.next(TimelineCursor.parse(page.next().get().encode()).orElseThrow());
        }
        assertEquals(List.of("V3", "C9", "V2", "I2", "C8", "C7", "I1", "V1"), seen);
    }

    @Test
    public void aFullLastPageHasNoNextCursor() {
        TimelinePage page = Timeline.merge(List.of(VISITS, INTERVIEWS, COMMENTS), new TimelineQuery(Set.of(), Set.of(), 8, null));
        assertEquals(8, page.entries().size());
        assertTrue(page.next().isEmpty());
        TimelinePage shorter = Timeline.merge(List.of(VISITS, INTERVIEWS, COMMENTS), new TimelineQuery(Set.of(), Set.of(), 7, null));
        assertEquals(shorter.entries().get(6).position(), shorter.next().orElseThrow());
    }

    @Test
    public void filtersByKindAndRoleEvenWhenTheLoaderDidNot() {
        TimelineQuery query = new TimelineQuery(Set.of(TimelineKind.COMMENT, TimelineKind.VISIT),
                Set.of(CaseRole.CENTER_COACH), 10, null);
        assertEquals(List.of("V3", "V2", "C8", "V1"), ids(Timeline.merge(List.of(VISITS, INTERVIEWS, COMMENTS), query)));
    }

    @Test
    public void anEntryInTwoListsShowsOnce() {
        TimelinePage page = Timeline.merge(List.of(VISITS, VISITS.subList(1, 3)), TimelineQuery.newest());
        assertEquals(List.of("V3", "V2", "V1"), ids(page));
    }

    @Test
    public void emptyListsGiveAnEmptyPage() {
        TimelinePage page = Timeline.merge(List.of(List.of(), List.of()), TimelineQuery.newest());
        assertEquals(List.of(), page.entries());
        assertTrue(page.next().isEmpty());
    }

    @Test
    public void anUnsortedListIsRefused() {
        List<TimelineEntry> oldestFirst = new ArrayList<>(VISITS);
        java.util.Collections.reverse(oldestFirst);
        TimelineEntryTest.assertThrows(() -> Timeline.merge(List.of(oldestFirst), TimelineQuery.newest()));
    }
}
