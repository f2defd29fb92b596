package jp.jobcoach.workspace.domain.interview;

import jp.jobcoach.workspace.domain.Labelled;

/** Short hints on how to run a retention interview, for an in-company coach doing it for the first time. */
public enum TechniqueHint implements Labelled {
    /** Ask questions that cannot be answered with yes or no, and listen before advising. */
    OPEN_QUESTIONS,
    /** Check the worker's own early signs (their traffic-light plan) rather than only how they feel today. */
    OWN_SIGNS,
    /** End with one small next step that both sides agree on, with who and by when. */
    ONE_SMALL_STEP;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.interview.hint.", this);
    }

    public String detailKey() {
        return i18nKey() + ".detail";
    }
}
