package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.CasePhase.*;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CasePhaseTest {

    @Test
    public void movesForwardOneStepAtATime() {
        assertTrue(INTAKE.canMoveTo(PLANNING));
        assertTrue(PLANNING.canMoveTo(SUPPORT));
        assertTrue(SUPPORT.canMoveTo(FOLLOW_UP));
        assertTrue(FOLLOW_UP.canMoveTo(CLOSED));
        assertFalse("no skipping the planning meeting", INTAKE.canMoveTo(SUPPORT));
        assertFalse(SUPPORT.canMoveTo(CLOSED));
    }

    @Test
    public void stepsBackOneStepExceptFromClosed() {
        assertTrue(SUPPORT.canMoveTo(PLANNING));
        assertTrue(FOLLOW_UP.canMoveTo(SUPPORT));
        assertFalse(CLOSED.canMoveTo(FOLLOW_UP));
        assertFalse(FOLLOW_UP.canMoveTo(PLANNING));
    }

    @Test
    public void staysIsNotAMove() {
        for (CasePhase phase : values()) {
            assertFalse(phase.canMoveTo(phase));
        }
    }

    @Test
    public void onlySupportNeedsTheAgreedPlan() {
        for (CasePhase phase : values()) {
            assertTrue(phase.needsAgreedPlan() == (phase == SUPPORT));
        }
    }
}
