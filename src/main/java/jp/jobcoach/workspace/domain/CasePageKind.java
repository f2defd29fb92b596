package jp.jobcoach.workspace.domain;

import java.util.Locale;

/**
 * The pages below a case's home page, one of each. Their order is the order the case's pages are listed and
 * created in; the home page itself is the case's root page and needs no kind.
 */
public enum CasePageKind implements Labelled {
    PLAN(DataCategory.PLAN),
    INTERVIEWS(DataCategory.INTERVIEWS),
    TASK_ANALYSIS(DataCategory.TASK_ANALYSIS),
    /**
     * The daily condition log and the traffic-light plan: health data only ("condition", 体調), so the narrowest page
     * of the case. Until issue 17 it was "condition and workload"; the workload moved to the schedule page, so that this
     * page's restrictions follow one data category.
     */
    CONDITION(DataCategory.HEALTH),
    /**
     * "Schedule and workload" (スケジュールと業務量): the case calendar (SCHEDULE) and the workload (WORKLOAD). Its
     * restrictions follow SCHEDULE, and every role that views SCHEDULE views WORKLOAD and the other way round
     * ({@code SchedulePageTest}), so the page shows the workload to exactly its viewers.
     */
    SCHEDULE(DataCategory.SCHEDULE);

    private final DataCategory category;

    CasePageKind(DataCategory category) {
        this.category = category;
    }

    /** The data the page holds, which decides who may open it (its restrictions follow the role matrix). */
    public DataCategory category() {
        return category;
    }

    /** The name used in URLs, message keys and template files: {@code TASK_ANALYSIS} is {@code task-analysis}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String i18nKey() {
        return "jobcoach.page.kind." + slug();
    }
}
