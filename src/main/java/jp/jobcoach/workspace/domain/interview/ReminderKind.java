package jp.jobcoach.workspace.domain.interview;

import jp.jobcoach.workspace.domain.Labelled;

/** Why the coaches of a case are reminded of the next retention interview. */
public enum ReminderKind implements Labelled {
    /** The planned date is a few days away. */
    UPCOMING,
    /** The planned date is today. */
    TODAY,
    /** The planned date has passed and no interview was recorded since. */
    OVERDUE;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.reminder.", this);
    }
}
