package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A visit the coach pair plans (訪問予定): the day, which coach of the pair goes, and an optional note ("joint
 * interview with the boss"). "Planned against done" compares these dates with the visit records
 * ({@link VisitSchedule}); the case calendar reads them by case and date range.
 *
 * @param coachKey the center coach of the case who is to visit
 */
public record PlannedVisit(LocalDate date, String coachKey, String note) {

    public static final String UNKNOWN_COACH = "jobcoach.validation.planned-visit.unknown-coach";
    public static final String BEFORE_RETURN = "jobcoach.validation.planned-visit.before-return";

    /**
     * Field names: {@code date}, {@code coachKey}, {@code note}. The coach must be one of the case's center coaches
     * ({@code centerCoaches}); a visit supports the worker at work, so it is not planned before the return to work
     * ({@code returnDate}, absent when support starts at hiring).
     */
    public List<FieldError> validate(Collection<String> centerCoaches, LocalDate returnDate) {
        return new Check()
                .required("date", date)
                .failIf(date != null && returnDate != null && date.isBefore(returnDate), "date", BEFORE_RETURN, returnDate)
                .required("coachKey", coachKey)
                .failIf(coachKey != null && !coachKey.isBlank() && !centerCoaches.contains(coachKey), "coachKey", UNKNOWN_COACH)
                .longText("note", note)
                .errors();
    }
}
