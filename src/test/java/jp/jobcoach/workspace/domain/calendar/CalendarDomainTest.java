package jp.jobcoach.workspace.domain.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import org.junit.Test;

/** Calendar items, their month grid and list, and their categories. */
public class CalendarDomainTest {
    private static final LocalDate MAY_12 = LocalDate.of(2026, 5, 12);
    private static final Team PAIR = new Team(List.of(TeamMember.centerCoach("ito", CenterCoachSlot.PRIMARY),
            TeamMember.centerCoach("sato", CenterCoachSlot.SECONDARY)));

    static CalendarItem visit(long id, LocalDate day, String... coaches) {
        return CalendarItem.onDay(CalendarKind.VISIT, 7, day, new CalendarItem.RecordRef("visit", id), "",
                List.of(coaches), List.of(VisitBy.of(List.of(coaches), PAIR), VisitKind.CONSULTATION), null);
    }

    static CalendarItem phase(PlanPhase phase, LocalDate start, LocalDate end) {
        return CalendarItem.spanning(CalendarKind.PLAN_PHASE, 7, start, end, new CalendarItem.RecordRef("plan", 7),
                phase.name(), List.of(phase));
    }

    @Test
    public void aUidNamesTheKindCaseRecordAndPartAndStaysTheSameForTheSameRecord() {
        assertEquals("jobcoach-visit-7-12@jp.jobcoach.workspace", visit(12, MAY_12, "ito").uid());
        assertEquals(visit(12, MAY_12, "ito").uid(), visit(12, MAY_12.plusDays(3), "sato").uid());
        assertEquals("jobcoach-accommodation-review-7-3-1@jp.jobcoach.workspace",
                CalendarItem.uid(CalendarKind.ACCOMMODATION_REVIEW, 7, 3, "1"));
        assertNotEquals(CalendarItem.uid(CalendarKind.INTERVIEW, 7, 3, ""), CalendarItem.uid(CalendarKind.NEXT_INTERVIEW, 7, 3, ""));
    }

    @Test
    public void eachKindBelongsToTheCategoryOfItsRecord() {
        assertEquals(DataCategory.VISITS, CalendarKind.VISIT.category());
        assertEquals(DataCategory.INTERVIEWS, CalendarKind.NEXT_INTERVIEW.category());
        assertEquals(DataCategory.PLAN, CalendarKind.PLAN_PHASE.category());
        assertEquals(DataCategory.ACCOMMODATIONS, CalendarKind.ACCOMMODATION_STEP.category());
        for (CalendarKind kind : CalendarKind.values()) {
            assertNotEquals("no calendar item is health data", DataCategory.HEALTH, kind.category());
        }
    }

    @Test
    public void theFingerprintChangesWithWhatAFeedShowsAndNotWithTheProductOnlyDetail() {
        CalendarItem step = CalendarItem.onDay(CalendarKind.ACCOMMODATION_STEP, 7, MAY_12,
                new CalendarItem.RecordRef("accommodation", 3), "0", List.of(), List.of(), "Shorter hours: 6h to 7h");
        CalendarItem renamed = CalendarItem.onDay(CalendarKind.ACCOMMODATION_STEP, 7, MAY_12,
                new CalendarItem.RecordRef("accommodation", 3), "0", List.of(), List.of(), "another title");
        assertEquals(step.fingerprint(), renamed.fingerprint());
        assertNotEquals(visit(1, MAY_12, "ito").fingerprint(), visit(1, MAY_12.plusDays(1), "ito").fingerprint());
        assertNotEquals(visit(1, MAY_12, "ito").fingerprint(), visit(1, MAY_12, "sato").fingerprint());
    }

    @Test(expected = IllegalArgumentException.class)
    public void anItemCannotEndBeforeItStarts() {
        phase(PlanPhase.INTENSIVE, MAY_12, MAY_12.minusDays(1));
    }

    @Test
    public void theMonthGridHasWholeWeeksFromTheFirstDayOfWeekWithOneDayItemsOnTheirDayAndSpansApart() {
        CalendarItem intensive = phase(PlanPhase.INTENSIVE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 20));
        CalendarMonth may = CalendarMonth.of(YearMonth.of(2026, 5), List.of(visit(1, MAY_12, "ito"),
                visit(2, LocalDate.of(2026, 6, 30), "ito"), intensive), DayOfWeek.MONDAY);

        assertEquals(5, may.weeks().size());
        assertEquals(LocalDate.of(2026, 4, 27), may.weeks().get(0).get(0).date());
        assertFalse(may.weeks().get(0).get(0).inMonth());
        assertEquals(LocalDate.of(2026, 5, 31), may.weeks().get(4).get(6).date());
        may.weeks().forEach(week -> assertEquals(7, week.size()));
        CalendarMonth.Day twelfth = may.weeks().get(2).get(1);
        assertEquals(MAY_12, twelfth.date());
        assertEquals(1, twelfth.items().size());
        assertEquals(List.of(intensive), twelfth.within());
        assertEquals(List.of(intensive), may.spanning());
        assertTrue(may.weeks().get(4).get(0).within().isEmpty());
        assertEquals(2, may.items().size());
        LocalDate[] range = CalendarMonth.gridRange(YearMonth.of(2026, 5), DayOfWeek.MONDAY);
        assertEquals(LocalDate.of(2026, 4, 27), range[0]);
        assertEquals(LocalDate.of(2026, 5, 31), range[1]);
    }

    @Test
    public void theListGroupsByDayInOrderAndPutsASpanThatBeganBeforeAtTheStartOfTheRange() {
        CalendarItem intensive = phase(PlanPhase.INTENSIVE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 20));
        CalendarAgenda agenda = CalendarAgenda.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                List.of(visit(2, MAY_12, "sato"), visit(1, MAY_12, "ito"), intensive, visit(3, LocalDate.of(2026, 6, 1), "ito")));
        assertEquals(2, agenda.days().size());
        assertEquals(LocalDate.of(2026, 5, 1), agenda.days().get(0).date());
        assertEquals(List.of(intensive), agenda.days().get(0).items());
        assertEquals(MAY_12, agenda.days().get(1).date());
        assertEquals(List.of("jobcoach-visit-7-1@jp.jobcoach.workspace", "jobcoach-visit-7-2@jp.jobcoach.workspace"),
                agenda.days().get(1).items().stream().map(CalendarItem::uid).toList());
        assertTrue(CalendarAgenda.of(MAY_12, MAY_12, List.of()).isEmpty());
    }

    @Test
    public void aVisitIsByThePrimaryTheSecondaryBothOrSomeoneElse() {
        assertEquals(VisitBy.PRIMARY, VisitBy.of(List.of("ito"), PAIR));
        assertEquals(VisitBy.SECONDARY, VisitBy.of(List.of("sato"), PAIR));
        assertEquals(VisitBy.BOTH, VisitBy.of(List.of("sato", "ito"), PAIR));
        assertEquals(VisitBy.OTHER, VisitBy.of(List.of("former"), PAIR));
        assertEquals(VisitBy.PRIMARY, VisitBy.of(List.of("ito", "former"), PAIR));
    }
}
