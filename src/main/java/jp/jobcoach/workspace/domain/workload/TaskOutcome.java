package jp.jobcoach.workspace.domain.workload;

import jp.jobcoach.workspace.domain.Labelled;

/** Where a task of a week stands: entered with the week's actuals. */
public enum TaskOutcome implements Labelled {
    /** Not finished yet, still with the worker. */
    OPEN,
    DONE,
    /** Not finished this week: moved to the next week, where a copy of it is open. */
    CARRIED_OVER,
    /** Given back to whoever assigned it, unfinished: the healthy answer to too much work. */
    HANDED_BACK;

    /** Still the worker's: neither done nor given back (carried over counts, as its copy is open next week). */
    public boolean isOpen() {
        return this == OPEN || this == CARRIED_OVER;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.workload.outcome.", this);
    }
}
