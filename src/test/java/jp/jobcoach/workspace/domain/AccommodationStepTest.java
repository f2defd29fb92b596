package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class AccommodationStepTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    private static List<FieldError> errorsOf(AccommodationStep step) {
        return new Check().nested("steps[0].", step, AccommodationStep::validate).errors();
    }

    @Test
    public void aStepIsLiftedWithItsDateAndApprover() {
        AccommodationStep planned = AccommodationStep.planned("6h→7h", MAY);
        assertFalse(planned.isLifted());
        AccommodationStep lifted = planned.liftedOn(MAY.plusDays(3), "doctor-1", java.time.Instant.EPOCH);
        assertTrue(lifted.isLifted());
        assertEquals(List.of(), errorsOf(lifted));
    }

    @Test
    public void aLiftedStepNamesItsApprover() {
        assertHasError(errorsOf(new AccommodationStep("6h→7h", MAY, MAY, null)), "steps[0].approvedBy", Check.REQUIRED);
        assertHasError(errorsOf(AccommodationStep.planned(" ", MAY)), "steps[0].label", Check.REQUIRED);
    }
}
