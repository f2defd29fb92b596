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
 * @param limits   the limits that change once this step is lifted (e.g. a daily cap of 7 h for "6h→7h"); fields it
 *                 leaves absent stay as they were, and {@link CapacityLimits#NONE} (a step without limits) changes none
 */
public record AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy,
                                Instant liftedAt, CapacityLimits limits) {

    public AccommodationStep {
        limits = limits == null ? CapacityLimits.NONE : limits;
    }

    public AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy, Instant liftedAt) {
        this(label, plannedDate, liftedDate, approvedBy, liftedAt, CapacityLimits.NONE);
    }

    public AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy) {
        this(label, plannedDate, liftedDate, approvedBy, null);
    }

    public static AccommodationStep planned(String label, LocalDate plannedDate) {
        return new AccommodationStep(label, plannedDate, null, null, null);
    }

    /** A planned step that changes {@code limits} once lifted. */
    public static AccommodationStep planned(String label, LocalDate plannedDate, CapacityLimits limits) {
        return new AccommodationStep(label, plannedDate, null, null, null, limits);
    }

    /** The same step changing {@code changed} once lifted. */
    public AccommodationStep withLimits(CapacityLimits changed) {
        return new AccommodationStep(label, plannedDate, liftedDate, approvedBy, liftedAt, changed);
    }

    /** Whether the step was lifted on or before {@code day}: its limits are in force that day. */
    public boolean isLiftedBy(LocalDate day) {
        return liftedDate != null && !liftedDate.isAfter(day);
    }

    public boolean isLifted() {
        return liftedDate != null;
    }

    public AccommodationStep liftedOn(LocalDate day, String approverKey, Instant at) {
        return new AccommodationStep(label, plannedDate, day, approverKey, at, limits);
    }

    /** The step as planned again, its lift taken back. */
    AccommodationStep unlifted() {
        return planned(label, plannedDate, limits);
    }

    /**
     * Field names: {@code label}, {@code approvedBy}, {@code limits.dailyHours}, {@code limits.daysPerWeek}. Checked as
     * part of the record that holds this one, which names the full field path.
     */
    List<FieldError> validate() {
        Check check = new Check().name("label", label).nested("limits.", limits, CapacityLimits::validate);
        return isLifted() ? check.name("approvedBy", approvedBy).errors() : check.errors();
    }
}
