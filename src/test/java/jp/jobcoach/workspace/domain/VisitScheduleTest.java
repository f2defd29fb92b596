package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Planned visits against the visits recorded: kept in the planned date's week, one visit for one plan, else missed. */
public class VisitScheduleTest {
    /** A Wednesday. */
    private static final LocalDate WED = LocalDate.of(2026, 4, 8);

    private static Stored<PlannedVisit> planned(long id, LocalDate day) {
        return new Stored<>(id, 1, 1, new PlannedVisit(day, "coach-a", null));
    }

    @Test
    public void aVisitInThePlannedWeekKeepsItWhicheverDayAndCoach() {
        List<VisitSchedule.Entry> judged = VisitSchedule.judge(List.of(planned(1, WED)), List.of(WED.plusDays(2)), WED.plusWeeks(2));
        assertEquals(PlannedVisitStatus.DONE, judged.get(0).status());
        assertEquals(WED.plusDays(2), judged.get(0).keptOn());
    }

    @Test
    public void aVisitOfTheWeekBeforeOrAfterDoesNotAndTheWeekOverIsMissed() {
        // Monday 6 to Sunday 12: the Sunday before and the Monday after lie outside
        List<VisitSchedule.Entry> judged = VisitSchedule.judge(List.of(planned(1, WED)),
                List.of(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 13)), WED.plusWeeks(1));
        assertEquals(PlannedVisitStatus.MISSED, judged.get(0).status());
        assertTrue(judged.get(0).kept().isEmpty());
    }

    @Test
    public void oneVisitKeepsOnePlanTheNearestAndTheOtherWaits() {
        List<VisitSchedule.Entry> judged = VisitSchedule.judge(List.of(planned(2, WED.plusDays(2)), planned(1, WED)),
                List.of(WED), WED.plusWeeks(3));
        assertEquals(1, judged.get(0).planned().id());
        assertEquals(PlannedVisitStatus.DONE, judged.get(0).status());
        assertEquals(PlannedVisitStatus.MISSED, judged.get(1).status());
    }

    @Test
    public void thisWeeksPlanIsDueAndALaterOneUpcoming() {
        List<VisitSchedule.Entry> judged = VisitSchedule.judge(List.of(planned(1, WED), planned(2, WED.plusWeeks(1))),
                List.of(), WED.minusDays(2));
        assertEquals(PlannedVisitStatus.DUE, judged.get(0).status());
        assertEquals(PlannedVisitStatus.UPCOMING, judged.get(1).status());
    }

    @Test
    public void theSpanToReadRunsFromTheFirstMondayToTheLastSunday() {
        assertEquals(new DateRange(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26)),
                VisitSchedule.span(List.of(planned(1, WED.plusWeeks(2)), planned(2, WED))).orElseThrow());
        assertTrue(VisitSchedule.span(List.of()).isEmpty());
    }

    @Test
    public void aPhaseWithPlannedDatesCountsThemNotTheFrequency() {
        PlanTimeline timeline = PlanTimeline.empty();
        // the tally of a phase: planned dates when there are any, with kept and missed
        VisitTally byDates = new VisitTally(PlanPhase.INTENSIVE, new DateRange(WED, WED.plusMonths(1)), 12, 4, 3, 1, 5);
        assertEquals(4, byDates.planned());
        assertTrue(byDates.byDates());
        assertEquals(0, byDates.shortfall());
        VisitTally estimated = new VisitTally(PlanPhase.INTENSIVE, new DateRange(WED, WED.plusMonths(1)), 12, 5);
        assertEquals(12, estimated.planned());
        assertEquals(7, estimated.shortfall());
        assertTrue(VisitTally.perPhase(timeline, List.of(), range -> 0, List.of()).isEmpty());
    }

    @Test
    public void aPlannedVisitNeedsADayAfterTheReturnAndOneOfTheCasesCoaches() {
        List<String> coaches = List.of("coach-a", "coach-b");
        assertEquals(List.of(), new PlannedVisit(WED, "coach-b", "面談").validate(coaches, WED));
        assertEquals(List.of(new FieldError("date", PlannedVisit.BEFORE_RETURN, WED)),
                new PlannedVisit(WED.minusDays(1), "coach-a", null).validate(coaches, WED));
        assertEquals(List.of(new FieldError("coachKey", PlannedVisit.UNKNOWN_COACH)),
                new PlannedVisit(WED, "hr-1", null).validate(coaches, WED));
        assertEquals("date", new PlannedVisit(null, "coach-a", null).validate(coaches, null).get(0).field());
        assertEquals(Check.TOO_LONG, new PlannedVisit(WED, "coach-a", "x".repeat(1_000_001)).validate(coaches, null)
                .get(0).messageKey());
        // support that starts at hiring has no return day to be after
        assertEquals(List.of(), new PlannedVisit(WED.minusYears(1), "coach-a", null).validate(coaches, null));
    }
}
