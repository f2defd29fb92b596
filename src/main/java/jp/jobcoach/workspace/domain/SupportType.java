package jp.jobcoach.workspace.domain;

/**
 * The three kinds of job-coach support; a case may combine them. The defaults are the usual period and
 * visit frequency of each kind (docs/domain.md) and are offered when a type is added to a case; users edit them.
 */
public enum SupportType implements Labelled {
    /** 相談支援中心型: consultations with worker and company; usually 3–4 months, 1–4 visits a month. */
    CONSULTATION(4, VisitFrequency.perMonth(2)),
    /** 職務遂行支援型: the coach observes and adapts the work itself; about 3 months, 2–3 days a week at first. */
    JOB_PERFORMANCE(3, VisitFrequency.perWeek(2)),
    /** 協同支援型: together with the in-company coach, building the company's own support; 3–6 months, 1–4 a month. */
    JOINT(6, VisitFrequency.perMonth(2));

    private final int defaultMonths;
    private final VisitFrequency defaultFrequency;

    SupportType(int defaultMonths, VisitFrequency defaultFrequency) {
        this.defaultMonths = defaultMonths;
        this.defaultFrequency = defaultFrequency;
    }

    public int defaultMonths() {
        return defaultMonths;
    }

    public VisitFrequency defaultFrequency() {
        return defaultFrequency;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.support-type.", this);
    }
}
