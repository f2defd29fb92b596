package jp.jobcoach.workspace.domain.calendar;

import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * What a dated item on a case's calendar comes from, and the data category of the role matrix it belongs to: a
 * viewer sees an item only if they see its category. New kinds (planned visits, task-analysis sessions, workload
 * weeks) are added here with their category and a {@code CalendarSource} that reads them.
 */
public enum CalendarKind implements Labelled {
    /** A visit done, by one coach of the pair or both. */
    VISIT(DataCategory.VISITS),
    /** A retention interview held (or drafted) on its day. */
    INTERVIEW(DataCategory.INTERVIEWS),
    /** The next interview date agreed at the case's latest interview. */
    NEXT_INTERVIEW(DataCategory.INTERVIEWS),
    /** A phase of the support plan, from its first to its last day. */
    PLAN_PHASE(DataCategory.PLAN),
    /** A planned review of an accommodation. */
    ACCOMMODATION_REVIEW(DataCategory.ACCOMMODATIONS),
    /** A step of lifting an accommodation: on its lifted day once lifted, else on its planned day. */
    ACCOMMODATION_STEP(DataCategory.ACCOMMODATIONS);

    private final DataCategory category;

    CalendarKind(DataCategory category) {
        this.category = category;
    }

    public DataCategory category() {
        return category;
    }

    /** The short name used in UIDs, CSS classes and the REST API: {@code NEXT_INTERVIEW} is {@code next-interview}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.calendar.kind.", this);
    }
}
