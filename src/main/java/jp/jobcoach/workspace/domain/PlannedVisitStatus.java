package jp.jobcoach.workspace.domain;

/** Where a planned visit stands against the visits recorded ({@link VisitSchedule}). */
public enum PlannedVisitStatus implements Labelled {
    /** A visit was recorded in the planned date's week. */
    DONE,
    /** Its week is over and no visit was recorded in it. */
    MISSED,
    /** Its week is this week and no visit is recorded yet. */
    DUE,
    /** Its week is still to come. */
    UPCOMING;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.planned-visit-status.", this);
    }
}
