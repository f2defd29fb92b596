package jp.jobcoach.workspace.domain;

import java.util.List;

/** How often a center coach plans to visit: {@code count} visits per week or per month. */
public record VisitFrequency(int count, Unit per) {

    public enum Unit implements Labelled {
        WEEK(7, 7.0),
        /** A month is counted as an average month, so that planned counts do not jump with February. */
        MONTH(31, 365.2425 / 12);

        private final int maxVisits;
        private final double days;

        Unit(int maxVisits, double days) {
            this.maxVisits = maxVisits;
            this.days = days;
        }

        @Override
        public String i18nKey() {
            return Labelled.enumKey("jobcoach.frequency.unit.", this);
        }
    }

    public static VisitFrequency perWeek(int count) {
        return new VisitFrequency(count, Unit.WEEK);
    }

    public static VisitFrequency perMonth(int count) {
        return new VisitFrequency(count, Unit.MONTH);
    }

    /**
     * At least one visit, at most one a day. Field names are {@code count} and {@code per}. Checked as part of
     * the record that holds this one, which names the full field path.
     */
    List<FieldError> validate() {
        Check check = new Check().required("per", per);
        return per == null ? check.errors() : check.inRange("count", count, 1, per.maxVisits).errors();
    }

    /** Visits planned in {@code period}, pro rata and rounded to the nearest whole visit. */
    public int plannedVisits(DateRange period) {
        return (int) Math.round(count * period.days() / per.days);
    }
}
