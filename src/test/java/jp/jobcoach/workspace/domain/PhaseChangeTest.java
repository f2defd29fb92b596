package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.CasePhase.*;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import org.junit.Test;

public class PhaseChangeTest {

    private static final Instant NOW = Instant.parse("2025-04-01T01:00:00Z");

    @Test
    public void recordsWhoMovedTheCaseAndWhen() {
        PhaseChange change = PhaseChange.move(INTAKE, PLANNING, false, "counselor-1", NOW);
        assertEquals(new PhaseChange(INTAKE, PLANNING, "counselor-1", NOW), change);
    }

    @Test
    public void supportStartsWithAnAgreedPlan() {
        assertEquals(SUPPORT, PhaseChange.move(PLANNING, SUPPORT, true, "coach-1", NOW).to());
    }

    @Test
    public void supportDoesNotStartWithoutAgreement() {
        assertRefused(() -> PhaseChange.move(PLANNING, SUPPORT, false, "coach-1", NOW),
                "phase", PhaseChange.PLAN_NOT_AGREED);
    }

    @Test
    public void skippingAPhaseIsRefusedNamingBothPhases() {
        FieldError error = assertRefused(() -> PhaseChange.move(INTAKE, SUPPORT, true, "coach-1", NOW),
                "phase", PhaseChange.NOT_ADJACENT);
        assertArrayEquals(new Object[] {INTAKE, SUPPORT}, error.args());
    }

    @Test
    public void aClosedCaseStaysClosed() {
        assertRefused(() -> PhaseChange.move(CLOSED, FOLLOW_UP, true, "coach-1", NOW),
                "phase", PhaseChange.NOT_ADJACENT);
    }
}
