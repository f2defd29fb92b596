package jp.jobcoach.workspace.domain;

import java.util.Locale;

/**
 * The pages below a case's home page, one of each. Their order is the order the case's pages are listed and
 * created in; the home page itself is the case's root page and needs no kind.
 */
public enum CasePageKind implements Labelled {
    PLAN,
    INTERVIEWS,
    TASK_ANALYSIS,
    CONDITION,
    SCHEDULE;

    /** The name used in URLs, message keys and template files: {@code TASK_ANALYSIS} is {@code task-analysis}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String i18nKey() {
        return "jobcoach.page.kind." + slug();
    }
}
