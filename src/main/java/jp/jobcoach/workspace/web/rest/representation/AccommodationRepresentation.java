package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;

/**
 * An accommodation's value, as stored and as sent; {@code limits} (issue 17) is absent for an accommodation told in
 * words only, and a body without it keeps working as before.
 */
public record AccommodationRepresentation(String title, String description, List<Step> steps,
                                          List<LocalDate> reviewDates, List<LocalDate> reviewsDone,
                                          String stopConditions, CapacityLimitsRepresentation limits) {

    public static AccommodationRepresentation from(Accommodation value) {
        return new AccommodationRepresentation(value.title(), value.description(), Mapping.list(value.steps(), Step::from),
                value.reviewDates(), value.reviewsDone(), value.stopConditions(),
                CapacityLimitsRepresentation.from(value.limits()));
    }

    public Accommodation toDomain() {
        return new Accommodation(title, description, Mapping.list(steps, Step::toDomain), reviewDates, reviewsDone,
                stopConditions, CapacityLimitsRepresentation.toDomain(limits));
    }

    /**
     * {@code {"label", "plannedDate", "liftedDate", "approvedBy", "liftedAt", "limits"}}; the middle three once the step
     * is lifted, {@code limits} where lifting it changes them. {@code liftedAt} (when the lift was recorded, which starts
     * its undo window) is only sent: a written step never carries it, so an edit of the whole record ends the undo.
     */
    public record Step(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy, Instant liftedAt,
                       CapacityLimitsRepresentation limits) {

        static Step from(AccommodationStep step) {
            return new Step(step.label(), step.plannedDate(), step.liftedDate(), step.approvedBy(), step.liftedAt(),
                    CapacityLimitsRepresentation.from(step.limits()));
        }

        AccommodationStep toDomain() {
            return new AccommodationStep(label, plannedDate, liftedDate, approvedBy, null,
                    CapacityLimitsRepresentation.toDomain(limits));
        }
    }
}
