package jp.jobcoach.workspace.domain.timeline;

import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.T0;
import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.entry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import org.junit.Test;

public class TimelineQueryTest {

    @Test
    public void parsesRequestParameters() {
        TimelineCursor cursor = new TimelineCursor(T0, TimelineKind.VISIT, 3L);
        TimelineQuery query = TimelineQuery.parse(List.of("comment", " Visit "), List.of("center_coach"), "50",
                cursor.encode());
        assertEquals(Set.of(TimelineKind.COMMENT, TimelineKind.VISIT), query.kinds());
        assertEquals(Set.of(CaseRole.CENTER_COACH), query.roles());
        assertEquals(50, query.pageSize());
        assertEquals(51, query.fetchSize());
        assertEquals(cursor, query.after());
        TimelineQuery defaults = TimelineQuery.parse(List.of(), List.of(), " ", null);
        assertEquals(TimelineQuery.DEFAULT_PAGE_SIZE, defaults.pageSize());
        assertNull(defaults.after());
        assertEquals(TimelineQuery.newest(), defaults);
    }

    @Test
    public void refusesWhatItCannotUse() {
        assertRefused(() -> TimelineQuery.parse(List.of("<script>"), List.of(), null, null), "kinds",
                Check.UNKNOWN_VALUE);
        assertRefused(() -> TimelineQuery.parse(List.of(), List.of("boss"), null, null), "roles", Check.UNKNOWN_VALUE);
        assertRefused(() -> TimelineQuery.parse(List.of(), List.of(), "0", null), "pageSize", Check.OUT_OF_RANGE);
        assertRefused(() -> TimelineQuery.parse(List.of(), List.of(), "101", null), "pageSize", Check.OUT_OF_RANGE);
        assertRefused(() -> TimelineQuery.parse(List.of(), List.of(), "ten", null), "pageSize", Check.OUT_OF_RANGE);
        assertRefused(() -> TimelineQuery.parse(List.of(), List.of(), null, "garbage"), "cursor",
                TimelineQuery.BAD_CURSOR);
        TimelineEntryTest.assertThrows(() -> new TimelineQuery(Set.of(), Set.of(), 0, null));
    }

    @Test
    public void noChoiceMeansEverythingAndRolesLeaveOutsidersOut() {
        TimelineEntry outsider = entry(TimelineKind.COMMENT, 1, 0, null);
        TimelineEntry coach = entry(TimelineKind.COMMENT, 2, 0, CaseRole.CENTER_COACH);
        assertTrue(TimelineQuery.newest().matches(outsider));
        TimelineQuery coaches = new TimelineQuery(Set.of(), Set.of(CaseRole.CENTER_COACH), 10, null);
        assertTrue(coaches.matches(coach));
        assertFalse(coaches.matches(outsider));
        TimelineQuery visits = new TimelineQuery(Set.of(TimelineKind.VISIT), Set.of(), 10, null);
        assertFalse(visits.matches(coach));
        assertTrue(visits.wants(TimelineKind.VISIT));
        assertFalse(visits.wants(TimelineKind.COMMENT));
    }
}
