package jp.jobcoach.workspace.domain;

/** The part a person plays on one worker's case. What each role may see and change is in {@link RoleMatrix}. */
public enum CaseRole implements Labelled {
    WORKER,
    IN_COMPANY_COACH,
    SUPERVISOR,
    CENTER_COACH,
    COUNSELOR,
    OCCUPATIONAL_HEALTH,
    HR;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.role.", this);
    }
}
