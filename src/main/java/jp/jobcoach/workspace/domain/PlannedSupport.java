package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.List;

/** One support type on a case, with its period and planned visit frequency. */
public record PlannedSupport(SupportType type, DateRange period, VisitFrequency frequency) {

    /** The type's usual period and frequency, starting on {@code start}. */
    public static PlannedSupport withDefaults(SupportType type, LocalDate start) {
        DateRange period = new DateRange(start, start.plusMonths(type.defaultMonths()).minusDays(1));
        return new PlannedSupport(type, period, type.defaultFrequency());
    }

    /**
     * Field names: {@code type}, {@code period.start}, {@code period.end}, {@code frequency.count}, {@code
     * frequency.per}. Checked as part of the record that holds this one, which names the full field path.
     */
    List<FieldError> validate() {
        return new Check()
                .required("type", type).required("period", period).required("frequency", frequency)
                .nested("period.", period, DateRange::validate)
                .nested("frequency.", frequency, VisitFrequency::validate)
                .errors();
    }

    /** Visits this support plans within {@code span}: none outside its own period. */
    public int plannedVisitsWithin(DateRange span) {
        return period.overlap(span).map(frequency::plannedVisits).orElse(0);
    }
}
