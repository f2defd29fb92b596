package jp.jobcoach.workspace.domain;

/** A kind of case data that the {@link RoleMatrix} guards as one unit. */
public enum DataCategory implements Labelled {
    CASE,
    PLAN,
    ACCOMMODATIONS,
    VISITS,
    INTERVIEWS,
    /** Daily condition and the traffic-light plan: special-care personal information. */
    HEALTH,
    TASK_ANALYSIS,
    WORKLOAD,
    SCHEDULE,
    AUDIT,
    TEAM;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.category.", this);
    }
}
