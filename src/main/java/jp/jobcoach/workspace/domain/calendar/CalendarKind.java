package jp.jobcoach.workspace.domain.calendar;

import java.util.Optional;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * What a dated item on a case's calendar comes from, and the data category of the role matrix it belongs to: a
 * viewer sees an item only if they see its category. A new kind is added here with its category and a
 * {@code CalendarSource} that reads it.
 */
public enum CalendarKind implements Labelled {
    /** A visit done, by one coach of the pair or both. */
    VISIT(DataCategory.VISITS, CasePageKind.SCHEDULE, "visit"),
    /** A retention interview held (or drafted) on its day. */
    INTERVIEW(DataCategory.INTERVIEWS, CasePageKind.INTERVIEWS, "interview"),
    /** The next interview date agreed at the case's latest interview. */
    NEXT_INTERVIEW(DataCategory.INTERVIEWS, CasePageKind.INTERVIEWS, "interview"),
    /** A phase of the support plan, from its first to its last day. */
    PLAN_PHASE(DataCategory.PLAN, CasePageKind.PLAN, null),
    /** A planned review of an accommodation. */
    ACCOMMODATION_REVIEW(DataCategory.ACCOMMODATIONS, null, null),
    /** A step of lifting an accommodation: on its lifted day once lifted, else on its planned day. */
    ACCOMMODATION_STEP(DataCategory.ACCOMMODATIONS, null, null),
    /** A visit planned for a coach of the pair, with where it stands against the visits recorded. */
    PLANNED_VISIT(DataCategory.VISITS, CasePageKind.SCHEDULE, "planned-visit"),
    /** A recorded session of a task analysis, linked to its analysis's worksheet. */
    TA_SESSION(DataCategory.TASK_ANALYSIS, CasePageKind.TASK_ANALYSIS, "ta"),
    /** The first day (Monday) of a week whose workload is recorded. */
    WORK_WEEK(DataCategory.WORKLOAD, CasePageKind.SCHEDULE, null);

    private final DataCategory category;
    private final CasePageKind page;
    private final String anchorKind;

    CalendarKind(DataCategory category, CasePageKind page, String anchorKind) {
        this.category = category;
        this.page = page;
        this.anchorKind = anchorKind;
    }

    /** The case page whose macro shows the item's record; empty for the case's home page (the case panel). */
    public Optional<CasePageKind> page() {
        return Optional.ofNullable(page);
    }

    /**
     * The element id of the record on its page ({@code jobcoach-visit-12}), as the record's macro renders it; empty
     * when the page shows the record without one of its own (the plan, the case panel's accommodations).
     */
    public Optional<String> anchor(long recordId) {
        return Optional.ofNullable(anchorKind).map(kind -> "jobcoach-" + kind + "-" + recordId);
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
