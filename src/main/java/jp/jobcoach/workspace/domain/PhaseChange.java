package jp.jobcoach.workspace.domain;

import java.time.Instant;

/** A case moved from one phase to another: who moved it and when, for the case's history. */
public record PhaseChange(CasePhase from, CasePhase to, String byUserKey, Instant at) {

    public static final String NOT_ADJACENT = "jobcoach.validation.phase.not-adjacent";
    public static final String PLAN_NOT_AGREED = "jobcoach.validation.phase.plan-not-agreed";

    /**
     * The move of a case, checked against the phase rules.
     *
     * @param planAgreed whether every required party agreed the current plan revision ({@link SupportPlan#isAgreed()})
     * @throws ValidationException on field {@code phase} when the move is not allowed
     */
    public static PhaseChange move(CasePhase from, CasePhase to, boolean planAgreed, String byUserKey, Instant at) {
        Check check = new Check()
                .failIf(!from.canMoveTo(to), "phase", NOT_ADJACENT, from, to)
                .failIf(to.needsAgreedPlan() && !planAgreed, "phase", PLAN_NOT_AGREED);
        ValidationException.throwIfAny(check.errors());
        return new PhaseChange(from, to, byUserKey, at);
    }
}
