package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class VisitTallyTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @Test
    public void plannedAndDonePerPhase() {
        PlanTimeline timeline = PlanTimeline.empty()
                .with(PlanPhase.INTENSIVE, START, START.plusWeeks(4).minusDays(1))
                .with(PlanPhase.TRANSITION, START.plusWeeks(4), LocalDate.of(2025, 9, 30));
        List<PlannedSupport> supports = List.of(
                new PlannedSupport(SupportType.JOB_PERFORMANCE, new DateRange(START, START.plusWeeks(4).minusDays(1)),
                        VisitFrequency.perWeek(3)),
                PlannedSupport.withDefaults(SupportType.JOINT, START));
        List<LocalDate> visits = List.of(START, START.plusDays(2), START.plusDays(7), LocalDate.of(2025, 6, 10),
                LocalDate.of(2025, 12, 1));

        List<VisitTally> tallies = VisitTally.perPhase(timeline, supports,
                phase -> (int) visits.stream().filter(phase::contains).count());

        VisitTally intensive = tallies.get(0);
        assertEquals(PlanPhase.INTENSIVE, intensive.phase());
        assertEquals("12 job-performance visits + about 2 joint ones", 14, intensive.planned());
        assertEquals(3, intensive.done());
        assertEquals(11, intensive.shortfall());
        VisitTally transition = tallies.get(1);
        assertEquals(PlanPhase.TRANSITION, transition.phase());
        assertEquals(10, transition.planned());
        assertEquals("a visit outside every phase is not counted", 1, transition.done());
        assertEquals(2, tallies.size());
    }

    @Test
    public void thePhasesOwnPlannedVisitsComeBeforeTheSupportTypesFrequencies() {
        PlanTimeline timeline = PlanTimeline.empty()
                .with(PlanPhase.INTENSIVE, START, START.plusWeeks(4).minusDays(1))
                .with(PlanPhase.TRANSITION, START.plusWeeks(4), START.plusWeeks(8).minusDays(1))
                .withVisits(PlanPhase.TRANSITION, VisitFrequency.perWeek(1));
        List<PlannedSupport> supports = List.of(new PlannedSupport(SupportType.JOB_PERFORMANCE,
                new DateRange(START, START.plusWeeks(8).minusDays(1)), VisitFrequency.perWeek(3)));

        List<VisitTally> tallies = VisitTally.perPhase(timeline, supports, phase -> 0);

        assertEquals("no visits planned for the phase: the support type's 3 a week", 12, tallies.get(0).planned());
        assertEquals("the phase fades to 1 a week", 4, tallies.get(1).planned());
    }

    @Test
    public void doingMoreThanPlannedIsNoShortfall() {
        assertEquals(0, new VisitTally(PlanPhase.FOLLOW_UP, new DateRange(START, START.plusDays(30)), 1, 3).shortfall());
    }
}
