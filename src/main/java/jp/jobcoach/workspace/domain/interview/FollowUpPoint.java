package jp.jobcoach.workspace.domain.interview;

import jp.jobcoach.workspace.domain.Labelled;

/**
 * The seven things to follow up after a return to work, after the concepts of the MHLW return-to-work guide
 * (心の健康問題により休業した労働者の職場復帰支援の手引き); the wording in the bundles is our own. Each has a
 * short title ({@link #i18nKey()}) and an example open question ({@link #questionKey()}).
 */
public enum FollowUpPoint implements Labelled {
    RELAPSE_OR_NEW_PROBLEMS,
    ATTENDANCE_AND_PERFORMANCE,
    PLAN_PROGRESS,
    TREATMENT,
    PLAN_REVIEW,
    WORKPLACE_IMPROVEMENTS,
    CONSIDERATION_BY_BOSS_AND_COLLEAGUES;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.interview.follow-up.", this);
    }

    public String questionKey() {
        return i18nKey() + ".question";
    }
}
