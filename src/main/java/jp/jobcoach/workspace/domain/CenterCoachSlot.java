package jp.jobcoach.workspace.domain;

/** Center coaches work in pairs and alternate visits: one primary (正), one secondary (副). */
public enum CenterCoachSlot implements Labelled {
    PRIMARY,
    SECONDARY;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.coach-slot.", this);
    }
}
