package jp.jobcoach.workspace.domain;

/**
 * What the titles of a case's pages name it by, chosen when the case is opened. A page title is seen by everyone
 * who sees the page tree, and that a colleague is back from a leave is itself health information, so the default
 * is the case number; the worker's name is an explicit choice.
 */
public enum PageTitles implements Labelled {
    CASE_NUMBER,
    WORKER_NAME;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.page-titles.", this);
    }
}
