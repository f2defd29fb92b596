package jp.jobcoach.workspace.domain.task;

import jp.jobcoach.workspace.domain.Labelled;

/** Which way the independence rate moved from the previous rated session to the latest. */
public enum Trend implements Labelled {
    RISING,
    STEADY,
    FALLING,
    /** Fewer than two sessions with a rate: nothing to compare yet. */
    NONE;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.task.trend.", this);
    }
}
