package jp.jobcoach.workspace.web.rest.representation;

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

    /** {@code {"label", "plannedDate", "liftedDate", "approvedBy"}}; the last two once the step is lifted. */
    public record Step(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy) {

        static Step from(AccommodationStep step) {
            return new Step(step.label(), step.plannedDate(), step.liftedDate(), step.approvedBy());
        }

        AccommodationStep toDomain() {
            return new AccommodationStep(label, plannedDate, liftedDate, approvedBy);
        }
    }
}
