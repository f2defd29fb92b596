package jp.jobcoach.workspace.domain.timeline;

import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.T0;
import static jp.jobcoach.workspace.domain.timeline.TimelineFixtures.entry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Optional;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

public class TimelineCursorTest {

    @Test
    public void encodesAndParsesBack() {
        TimelineCursor cursor = new TimelineCursor(T0.plusNanos(123_456_789), TimelineKind.ACCOMMODATION_STEP, 77L);
        assertEquals("1747126800.123456789~ACCOMMODATION_STEP~77", cursor.encode());
        assertEquals(Optional.of(cursor), TimelineCursor.parse(cursor.encode()));
        TimelineCursor early = new TimelineCursor(Instant.ofEpochSecond(-5), TimelineKind.VISIT, 0L);
        assertEquals(Optional.of(early), TimelineCursor.parse(early.encode()));
    }

    @Test
    public void anythingElseIsNoCursor() {
        for (String bad : new String[] {null, "", "abc", "1.0~NOPE~1", "1.0~VISIT~x", "1.0~VISIT~1 ",
                "<script>", "99999999999999999999.0~VISIT~1", "1.0~visit~1", "1.0~VISIT~1~2",
                "31556889864403200.0~VISIT~1"}) {
            assertEquals(bad, Optional.empty(), TimelineCursor.parse(bad));
        }
    }

    @Test
    public void entriesAfterThePositionBelongToLaterPages() {
        TimelineEntry here = entry(TimelineKind.INTERVIEW, 5, 10, CaseRole.IN_COMPANY_COACH);
        TimelineCursor cursor = here.position();
        assertFalse(cursor.isBefore(here));
        assertTrue(cursor.isBefore(entry(TimelineKind.INTERVIEW, 4, 10, null)));
        assertTrue(cursor.isBefore(entry(TimelineKind.COMMENT, 9, 10, null)));
        assertFalse(cursor.isBefore(entry(TimelineKind.VISIT, 1, 10, null)));
        assertTrue(cursor.isBefore(entry(TimelineKind.VISIT, 1, 9, null)));
        assertFalse(cursor.isBefore(entry(TimelineKind.COMMENT, 1, 11, null)));
    }
}
