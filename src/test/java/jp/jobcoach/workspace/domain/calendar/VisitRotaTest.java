package jp.jobcoach.workspace.domain.calendar;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitFrequency;
import org.junit.Test;

/** Who visits when: the pair's alternation and the planned frequency per phase against the visits done. */
public class VisitRotaTest {
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final Team PAIR = new Team(List.of(TeamMember.centerCoach("ito", CenterCoachSlot.PRIMARY),
            TeamMember.centerCoach("sato", CenterCoachSlot.SECONDARY)));
    private static final PlanTimeline PLAN = PlanTimeline.empty()
            .with(PlanPhase.INTENSIVE, APRIL, APRIL.plusDays(27))
            .with(PlanPhase.TRANSITION, APRIL.plusDays(28), APRIL.plusDays(55));
    private static final List<PlannedSupport> SUPPORTS = List.of(
            new PlannedSupport(SupportType.JOB_PERFORMANCE, new DateRange(APRIL, APRIL.plusDays(27)), VisitFrequency.perWeek(2)),
            new PlannedSupport(SupportType.JOINT, new DateRange(APRIL, APRIL.plusDays(89)), VisitFrequency.perMonth(2)));

    private static VisitRota.Visit visit(int day, String... coaches) {
        return new VisitRota.Visit(APRIL.plusDays(day), List.of(coaches));
    }

    @Test
    public void eachPhaseHasItsPlannedFrequenciesAndCountAgainstWhatEachCoachDid() {
        VisitRota rota = VisitRota.of(PLAN, SUPPORTS, PAIR, List.of(visit(3, "sato"), visit(0, "ito"), visit(7, "ito"),
                visit(10, "ito", "sato"), visit(14, "former"), visit(30, "sato"), visit(100, "ito")));

        VisitRota.PhaseRota intensive = rota.phases().get(0);
        assertEquals(PlanPhase.INTENSIVE, intensive.phase());
        assertEquals(List.of(VisitFrequency.perWeek(2), VisitFrequency.perMonth(2)), intensive.frequencies());
        // 4 weeks at 2 a week, and 28 days of 2 a month (28 / 30.44 * 2 = 1.84): 8 + 2 (each rounded in its support)
        assertEquals(10, intensive.planned());
        assertEquals(5, intensive.done());
        assertEquals(5, intensive.shortfall());
        assertEquals(2, intensive.byPrimary());
        assertEquals(1, intensive.bySecondary());
        assertEquals(1, intensive.together());
        assertEquals(1, intensive.byOthers());
        assertEquals(List.of(VisitBy.PRIMARY, VisitBy.SECONDARY, VisitBy.PRIMARY, VisitBy.BOTH, VisitBy.OTHER),
                intensive.visits().stream().map(VisitRota.RotaVisit::by).toList());
        assertEquals(0, intensive.repeats());

        VisitRota.PhaseRota transition = rota.phases().get(1);
        assertEquals(List.of(VisitFrequency.perMonth(2)), transition.frequencies());
        assertEquals(2, transition.planned());
        assertEquals(1, transition.done());
        assertEquals(1, rota.outsidePhases());
        // the last visit alone was the primary's (day 100): the secondary's turn
        assertEquals(VisitBy.SECONDARY, rota.next());
    }

    @Test
    public void theSameCoachTwiceInARowIsARepeatEvenWithAJointVisitBetween() {
        VisitRota rota = VisitRota.of(PLAN, SUPPORTS, PAIR, List.of(visit(0, "ito"), visit(2, "ito", "sato"),
                visit(4, "ito"), visit(6, "ito"), visit(8, "sato")));
        assertEquals(2, rota.phases().get(0).repeats());
        assertEquals(VisitBy.PRIMARY, rota.next());
    }

    @Test
    public void withoutVisitsOrPhasesThePrimaryGoesFirstAndNothingIsPlanned() {
        VisitRota rota = VisitRota.of(PlanTimeline.empty(), SUPPORTS, PAIR, List.of(visit(0, "ito", "sato")));
        assertEquals(List.of(), rota.phases());
        assertEquals(1, rota.outsidePhases());
        assertEquals(VisitBy.PRIMARY, rota.next());
    }
}
