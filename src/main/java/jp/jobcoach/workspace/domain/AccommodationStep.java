package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One step in lifting an accommodation, e.g. "6h→7h". A step counts as lifted once it has the date it was
 * lifted on; it always names who approved the lift.
 */
public record AccommodationStep(String label, LocalDate plannedDate, LocalDate liftedDate, String approvedBy) {

    public static AccommodationStep planned(String label, LocalDate plannedDate) {
        return new AccommodationStep(label, plannedDate, null, null);
    }

    public boolean isLifted() {
        return liftedDate != null;
    }

    public AccommodationStep liftedOn(LocalDate day, String approverKey) {
        return new AccommodationStep(label, plannedDate, day, approverKey);
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
