package jp.jobcoach.workspace.domain.interview;

import jp.jobcoach.workspace.domain.Labelled;

/**
 * Where an agreed action stands. A new action is {@link #OPEN}; at the next interview it is looked at again
 * and resolved as {@link #DONE}, {@link #CONTINUED} (carried on to the interview after) or {@link #DROPPED}.
 */
public enum ActionStatus implements Labelled {
    OPEN,
    DONE,
    CONTINUED,
    DROPPED;

    /** Still to be done, so the next interview brings it along. */
    public boolean carriesOver() {
        return this == OPEN || this == CONTINUED;
    }

    /** The outcomes an interview may give an action it brought along. */
    public boolean isResolution() {
        return this != OPEN;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.action-status.", this);
    }
}
