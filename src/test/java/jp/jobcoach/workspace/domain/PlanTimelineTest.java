package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.PlanPhase.*;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class PlanTimelineTest {

    static final PlanTimeline SIX_MONTHS = PlanTimeline.empty()
            .with(INTENSIVE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31))
            .with(TRANSITION, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31))
            .with(FOLLOW_UP, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));

    @Test
    public void phasesInOrderAreFine() {
        assertEquals(List.of(), SIX_MONTHS.validate());
        assertEquals(List.of(INTENSIVE, TRANSITION, FOLLOW_UP), SIX_MONTHS.planned());
    }

    @Test
    public void aPhaseMayBeLeftOut() {
        PlanTimeline noFollowUp = PlanTimeline.empty()
                .with(TRANSITION, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31))
                .with(INTENSIVE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31));
        assertEquals(List.of(INTENSIVE, TRANSITION), noFollowUp.planned());
        assertEquals(List.of(), noFollowUp.validate());
    }

    @Test
    public void overlappingPhasesAreRefusedOnTheLaterStart() {
        PlanTimeline overlapping = SIX_MONTHS.with(TRANSITION, LocalDate.of(2025, 5, 31), LocalDate.of(2025, 8, 31));
        FieldError error = assertHasError(overlapping.validate(), "phases[TRANSITION].start", PlanTimeline.PHASE_OVERLAP);
        assertArrayEquals(new Object[] {INTENSIVE}, error.args());
    }

    @Test
    public void phasesOutOfOrderAreRefused() {
        PlanTimeline swapped = SIX_MONTHS.with(FOLLOW_UP, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertHasError(swapped.validate(), "phases[FOLLOW_UP].start", PlanTimeline.PHASE_OVERLAP);
    }

    @Test
    public void aPhaseEndingBeforeItStartsIsRefused() {
        PlanTimeline backwards = SIX_MONTHS.with(INTENSIVE, LocalDate.of(2025, 5, 31), LocalDate.of(2025, 4, 1));
        assertHasError(backwards.validate(), "phases[INTENSIVE].end", Check.MUST_BE_AFTER);
    }
}
