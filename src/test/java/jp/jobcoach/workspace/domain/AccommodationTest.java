package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class AccommodationTest {

    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    private static final LocalDate AUGUST = LocalDate.of(2025, 8, 1);
    private static final java.time.Instant AT = java.time.Instant.parse("2025-06-01T01:00:00Z");

    private static final Accommodation SHORTER_HOURS = new Accommodation("短時間勤務", "所定8時間を6時間から段階的に戻す",
            List.of(AccommodationStep.planned("6h→7h", JUNE), AccommodationStep.planned("7h→8h", AUGUST)),
            List.of(JUNE.minusDays(7), AUGUST.minusDays(7)), List.of(), "疲労が2日続けて赤のとき");

    /** The one who lifted the last step takes it back within the window; nobody else, nothing older, not later. */
    @Test
    public void onlyTheLastLiftIsUndoneByItsApproverWithinTheWindow() {
        Accommodation both = SHORTER_HOURS.liftStep(0, JUNE, "doctor-1", AT).liftStep(1, AUGUST, "doctor-1", AT.plusSeconds(60));
        java.time.Instant inTime = AT.plus(Accommodation.UNDO_WINDOW);
        assertEquals(java.util.OptionalInt.of(1), both.undoableStep("doctor-1", inTime));
        assertEquals(java.util.OptionalInt.empty(), both.undoableStep("hr-1", inTime));
        assertEquals(java.util.OptionalInt.empty(), both.undoableStep("doctor-1", AT.plusSeconds(60).plus(Accommodation.UNDO_WINDOW)));
        assertRefused(() -> both.undoLift(0, "doctor-1", inTime), "steps", Accommodation.NOT_UNDOABLE);
        assertRefused(() -> both.undoLift(1, "hr-1", inTime), "steps", Accommodation.NOT_UNDOABLE);
        Accommodation undone = both.undoLift(1, "doctor-1", inTime);
        assertEquals(AccommodationStep.planned("7h→8h", AUGUST), undone.steps().get(1));
        assertTrue(undone.steps().get(0).isLifted());
        assertEquals("a lift carried through an edit has no time: no undo", java.util.OptionalInt.empty(),
                new Accommodation("t", "", List.of(new AccommodationStep("s", JUNE, JUNE, "doctor-1")), List.of(), List.of(), "")
                        .undoableStep("doctor-1", AT));
    }

    @Test
    public void theDueReviewIsTheLatestPlannedDateWithoutAReviewSince() {
        assertEquals(Optional.empty(), SHORTER_HOURS.dueReview(JUNE.minusDays(8)));
        assertEquals(Optional.of(JUNE.minusDays(7)), SHORTER_HOURS.dueReview(JUNE));
        assertEquals(Optional.of(AUGUST.minusDays(7)), SHORTER_HOURS.dueReview(AUGUST));
        Accommodation reviewed = SHORTER_HOURS.withReviewDone(AUGUST.minusDays(6));
        assertEquals(Optional.empty(), reviewed.dueReview(AUGUST));
        assertEquals(Optional.of(AUGUST.minusDays(6)), reviewed.lastReview());
    }

    @Test
    public void stepsAreLiftedInOrder() {
        assertEquals(Optional.of(SHORTER_HOURS.steps().get(0)), SHORTER_HOURS.nextStep());
        Accommodation sevenHours = SHORTER_HOURS.liftStep(0, JUNE, "doctor-1", AT);
        assertEquals("7h→8h", sevenHours.nextStep().orElseThrow().label());
        Accommodation eightHours = sevenHours.liftStep(1, AUGUST, "hr-1", AT);
        assertEquals(Optional.empty(), eightHours.nextStep());
        assertEquals("hr-1", eightHours.steps().get(1).approvedBy());
    }

    @Test
    public void liftingWithoutAnApproverIsRefused() {
        assertRefused(() -> SHORTER_HOURS.liftStep(0, JUNE, " ", AT), "steps[0].approvedBy", Check.REQUIRED);
    }

    @Test
    public void liftingOutOfOrderIsRefusedNamingTheStepToLiftFirst() {
        FieldError error = assertRefused(() -> SHORTER_HOURS.liftStep(1, AUGUST, "doctor-1", AT),
                "steps[1].liftedDate", Accommodation.STEP_OUT_OF_ORDER);
        assertEquals("6h→7h", error.args()[0]);
    }

    @Test
    public void aLiftCannotPredateThePreviousOne() {
        Accommodation sevenHours = SHORTER_HOURS.liftStep(0, JUNE, "doctor-1", AT);
        assertRefused(() -> sevenHours.liftStep(1, JUNE.minusDays(1), "doctor-1", AT), "steps[1].liftedDate",
                Accommodation.LIFTED_BEFORE_PREVIOUS);
    }

    @Test
    public void nothingIsLeftToLiftOnceAllStepsAre() {
        Accommodation done = SHORTER_HOURS.liftStep(0, JUNE, "doctor-1", AT).liftStep(1, AUGUST, "doctor-1", AT);
        assertRefused(() -> done.liftStep(1, AUGUST, "doctor-1", AT), "steps", Accommodation.ALL_STEPS_LIFTED);
    }

    @Test
    public void aPassedReviewDateIsDueUntilAReviewIsRecorded() {
        LocalDate firstReview = JUNE.minusDays(7);
        assertFalse(SHORTER_HOURS.isReviewDue(firstReview.minusDays(1)));
        assertTrue("due on the day", SHORTER_HOURS.isReviewDue(firstReview));
        assertTrue(SHORTER_HOURS.isReviewDue(firstReview.plusDays(10)));
        Accommodation reviewed = SHORTER_HOURS.withReviewDone(firstReview.plusDays(2));
        assertFalse(reviewed.isReviewDue(firstReview.plusDays(10)));
        assertTrue("the next review date comes round", reviewed.isReviewDue(AUGUST));
    }

    @Test
    public void aReviewBeforeTheReviewDateDoesNotCount() {
        Accommodation early = SHORTER_HOURS.withReviewDone(JUNE.minusDays(30));
        assertTrue(early.isReviewDue(JUNE));
    }

    @Test
    public void titleIsRequiredAndTextsBounded() {
        Accommodation untitled = new Accommodation("", "x".repeat(Check.LONG_TEXT_MAX + 1), List.of(), List.of(),
                List.of(), null);
        List<FieldError> errors = untitled.validate();
        assertHasError(errors, "title", Check.REQUIRED);
        assertHasError(errors, "description", Check.TOO_LONG);
        assertEquals(List.of(), SHORTER_HOURS.validate());
    }
}
