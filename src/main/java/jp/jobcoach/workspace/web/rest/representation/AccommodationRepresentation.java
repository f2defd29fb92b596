package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;

/** An accommodation's value, as stored and as sent. */
public record AccommodationRepresentation(String title, String description, List<Step> steps,
                                          List<LocalDate> reviewDates, List<LocalDate> reviewsDone,
                                          String stopConditions) {

    public static AccommodationRepresentation from(Accommodation value) {
        return new AccommodationRepresentation(value.title(), value.description(), Mapping.list(value.steps(), Step::from),
                value.reviewDates(), value.reviewsDone(), value.stopConditions());
    }

    public Accommodation toDomain() {
        return new Accommodation(title, description, Mapping.list(steps, Step::toDomain), reviewDates, reviewsDone,
                stopConditions);
    }

    /**
     * {@code {"label", "plannedDate", "liftedDate", "approvedBy", "liftedAt"}}; the last three once the step is lifted.
     * {@code liftedAt} (when the lift was recorded, which starts its undo window) is only sent: a written step never
     * carries it, so an edit of the whole record ends the undo.
     */
    public record Step(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy, Instant liftedAt) {

        static Step from(AccommodationStep step) {
            return new Step(step.label(), step.plannedDate(), step.liftedDate(), step.approvedBy(), step.liftedAt());
        }

        AccommodationStep toDomain() {
            return new AccommodationStep(label, plannedDate, liftedDate, approvedBy);
        }
    }
}
