package jp.jobcoach.workspace.domain.interview;

import jp.jobcoach.workspace.domain.Labelled;

/** A retention interview is a draft while it is written up, and final once every carried action is resolved. */
public enum InterviewStatus implements Labelled {
    DRAFT,
    FINAL;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.interview-status.", this);
    }
}
