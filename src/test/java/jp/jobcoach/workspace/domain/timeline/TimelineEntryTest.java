package jp.jobcoach.workspace.domain.timeline;

import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.T0;
import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.entry;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

public class TimelineEntryTest {

    @Test
    public void newestFirstThenKindThenNewestRecord() {
        TimelineEntry older = entry(TimelineKind.COMMENT, 1, 0, CaseRole.CENTER_COACH);
        TimelineEntry visit = entry(TimelineKind.VISIT, 5, 10, CaseRole.CENTER_COACH);
        TimelineEntry comment9 = entry(TimelineKind.COMMENT, 9, 10, CaseRole.CENTER_COACH);
        TimelineEntry comment8 = entry(TimelineKind.COMMENT, 8, 10, CaseRole.CENTER_COACH);
        List<TimelineEntry> entries = new ArrayList<>(List.of(older, comment8, visit, comment9));
        entries.sort(TimelineEntry.NEWEST_FIRST);
        assertEquals(List.of(visit, comment9, comment8, older), entries);
    }

    @Test
    public void aCommentKnowsItsPage() {
        TimelineEntry comment = TimelineEntry.comment(7L, T0, "jc-1", null, "面談記録", "よくできています", "/p/1#c7", 42L, jp.jobcoach.workspace.domain.DataCategory.CASE);
        assertEquals(TimelineKind.COMMENT, comment.kind());
        assertEquals(Long.valueOf(42L), comment.sourcePageId());
        assertEquals(jp.jobcoach.workspace.domain.DataCategory.CASE, comment.category());
        assertEquals("other kinds take their kind's", jp.jobcoach.workspace.domain.DataCategory.VISITS, new TimelineEntry(
                TimelineKind.VISIT, 1, T0, null, null, null, null, null, null).category());
        assertEquals(new TimelineCursor(T0, TimelineKind.COMMENT, 7L), comment.position());
    }

    @Test
    public void anEntryNeedsAKindAndATime() {
        assertThrows(() -> new TimelineEntry(null, 1, T0, null, null, null, null, null, null));
        assertThrows(() -> new TimelineEntry(TimelineKind.VISIT, 1, null, null, null, null, null, null, null));
    }

    static void assertThrows(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }
}
