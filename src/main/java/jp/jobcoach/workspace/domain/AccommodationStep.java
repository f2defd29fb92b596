package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step in lifting an accommodation, e.g. "6h→7h". A step counts as lifted once it has the date it was
 * lifted on; it always names who approved the lift.
 *
 * @param liftedAt when the lift was recorded, which opens its short undo ({@link Accommodation#UNDO_WINDOW}); null
 *                 for a step not lifted, lifted before this was kept, or carried through an edit of the whole record
 */
public record AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy,
                                Instant liftedAt) {

    public AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy) {
        this(label, plannedDate, liftedDate, approvedBy, null);
    }

    public static AccommodationStep planned(String label, LocalDate plannedDate) {
        return new AccommodationStep(label, plannedDate, null, null, null);
    }

    public boolean isLifted() {
        return liftedDate != null;
    }

    public AccommodationStep liftedOn(LocalDate day, String approverKey, Instant at) {
        return new AccommodationStep(label, plannedDate, day, approverKey, at);
    }

    /** The step as planned again, its lift taken back. */
    AccommodationStep unlifted() {
        return planned(label, plannedDate);
    }

    /**
     * Field names: {@code label}, {@code approvedBy}. Checked as part of the record that holds this one, which
     * names the full field path.
     */
    List<FieldError> validate() {
        Check check = new Check().name("label", label);
        return isLifted() ? check.name("approvedBy", approvedBy).errors() : check.errors();
    }
}
