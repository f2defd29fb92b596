package jp.jobcoach.workspace.domain.calendar;

import jp.jobcoach.workspace.domain.Labelled;

/** Whether an accommodation step on the calendar stands on its planned day or was lifted on its day. */
public enum StepStatus implements Labelled {
    PLANNED,
    LIFTED;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.calendar.step.", this);
    }
}
