package jp.jobcoach.workspace.domain;

/**
 * The phases of a support plan, in the order they run: intensive support (集中), transition to the
 * company's own natural support (移行), follow-up. Visit frequency fades from one to the next on purpose.
 */
public enum PlanPhase implements Labelled {
    INTENSIVE,
    TRANSITION,
    FOLLOW_UP;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.plan-phase.", this);
    }
}
