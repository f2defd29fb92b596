package jp.jobcoach.workspace.domain.timeline;

import jp.jobcoach.workspace.domain.DataCategory;

import jp.jobcoach.workspace.domain.Labelled;

/**
 * What a timeline entry comes from, and the data category its entries belong to. The order of the constants breaks
 * ties between entries of one instant.
 */
public enum TimelineKind implements Labelled {
    VISIT(DataCategory.VISITS),
    INTERVIEW(DataCategory.INTERVIEWS),
    PLAN_CHANGE(DataCategory.PLAN),
    ACCOMMODATION_STEP(DataCategory.ACCOMMODATIONS),
    /** Case talk; each comment takes the category of the case page it was made on (see {@link TimelineEntry}). */
    COMMENT(DataCategory.CASE),
    /** A recorded task-analysis session: who observed it, of which analysis, and its independence rate. */
    TASK_SESSION(DataCategory.TASK_ANALYSIS);

    private final DataCategory category;

    TimelineKind(DataCategory category) {
        this.category = category;
    }

    /** The category of this kind's entries; a comment's own is its page's. */
    public DataCategory category() {
        return category;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.timeline-kind.", this);
    }
}
