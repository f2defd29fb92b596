package jp.jobcoach.workspace.domain.task;

import jp.jobcoach.workspace.domain.Labelled;

/** Where a task analysis stands: still taught, mastered (handed over), or put away. Only active ones are on the case panel. */
public enum AnalysisStatus implements Labelled {
    ACTIVE,
    MASTERED,
    ARCHIVED;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.task.status.", this);
    }
}
