package jp.jobcoach.workspace.domain;

/** What a center coach's visit was for. */
public enum VisitKind implements Labelled {
    CONSULTATION,
    WORK_OBSERVATION,
    JOINT_INTERVIEW,
    MEETING,
    STAFF_TRAINING,
    /** On-the-job training of the in-company coach. */
    OJT;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.visit-kind.", this);
    }
}
