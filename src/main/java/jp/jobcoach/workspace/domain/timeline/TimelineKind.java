package jp.jobcoach.workspace.domain.timeline;

import jp.jobcoach.workspace.domain.Labelled;

/** What a timeline entry comes from. The order of the constants breaks ties between entries of one instant. */
public enum TimelineKind implements Labelled {
    VISIT,
    INTERVIEW,
    PLAN_CHANGE,
    ACCOMMODATION_STEP,
    COMMENT;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.timeline-kind.", this);
    }
}
