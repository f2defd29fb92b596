package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The limits in force on a day follow the steps lifted by then; accommodations without limits keep working. */
public class AccommodationLimitsTest {
    private static final LocalDate RETURN = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-05-01T01:00:00Z");

    /** 6 h, lifted to 7 h on 1 May, then to 8 h on 1 June; four days a week until the second step. */
    private static final Accommodation SHORTER_HOURS = new Accommodation("短時間勤務", "6時間から段階的に戻す",
            List.of(AccommodationStep.planned("6h→7h", MAY, CapacityLimits.dailyHours(7)),
                    AccommodationStep.planned("7h→8h", JUNE, new CapacityLimits(8.0, null, null, 5))),
            List.of(), List.of(), "", new CapacityLimits(6.0, null, null, 4));

    @Test
    public void theLimitsInForceFollowTheStepsLiftedByThatDay() {
        Accommodation lifted = SHORTER_HOURS.liftStep(0, MAY, "doctor-1", AT).liftStep(1, JUNE.plusDays(3), "doctor-1", AT);
        assertEquals(new CapacityLimits(6.0, null, null, 4), lifted.limitsOn(RETURN));
        assertEquals("the day before the lift", new CapacityLimits(6.0, null, null, 4), lifted.limitsOn(MAY.minusDays(1)));
        assertEquals("from the day of the lift; the days a week stay", new CapacityLimits(7.0, null, null, 4), lifted.limitsOn(MAY));
        assertEquals("the second step's planned day is not its lift", new CapacityLimits(7.0, null, null, 4), lifted.limitsOn(JUNE));
        assertEquals(new CapacityLimits(8.0, null, null, 5), lifted.limitsOn(JUNE.plusDays(3)));
    }

    @Test
    public void aStepNotLiftedChangesNothingEvenAfterItsPlannedDay() {
        assertEquals(new CapacityLimits(6.0, null, null, 4), SHORTER_HOURS.limitsOn(JUNE.plusMonths(3)));
    }

    @Test
    public void anUndoneLiftTakesItsLimitsBack() {
        Accommodation lifted = SHORTER_HOURS.liftStep(0, MAY, "doctor-1", AT);
        Accommodation undone = lifted.undoLift(0, "doctor-1", AT.plusSeconds(60));
        assertEquals(6.0, undone.limitsOn(MAY).dailyHours(), 0);
        assertEquals("the step keeps the limits it will bring", CapacityLimits.dailyHours(7), undone.steps().get(0).limits());
    }

    @Test
    public void anAccommodationInWordsOnlyLimitsNothing() {
        Accommodation words = new Accommodation("顧客対応を減らす", "", List.of(AccommodationStep.planned("通常", MAY)),
                List.of(), List.of(), "");
        assertEquals(CapacityLimits.NONE, words.limits());
        assertTrue(words.limitsOn(JUNE).isEmpty());
        assertNull(words.limitsOn(JUNE).dayCapacity());
        assertEquals(List.of(), words.validate());
        assertEquals("null limits read as none (rows from before limits existed)", CapacityLimits.NONE,
                new Accommodation("t", "", List.of(), List.of(), List.of(), "", null).limits());
    }

    @Test
    public void liftingNoOvertimeByAStep() {
        Accommodation noOvertime = new Accommodation("残業禁止", "", List.of(AccommodationStep.planned("残業可",
                JUNE, new CapacityLimits(null, false, null, null))), List.of(), List.of(), "",
                new CapacityLimits(null, true, true, null));
        assertEquals(8.0, noOvertime.limitsOn(JUNE).dayCapacity(), 0);
        Accommodation lifted = noOvertime.liftStep(0, JUNE, "oh-1", AT);
        CapacityLimits after = lifted.limitsOn(JUNE);
        assertEquals(new CapacityLimits(null, false, true, null), after);
        assertNull("nothing limits the day any more", after.dayCapacity());
        assertTrue("the night shift limit stays", after.forbidsNightShift());
    }

    @Test
    public void twoAccommodationsTogetherTakeTheStricterOfEachLimit() {
        CapacityLimits hours = new CapacityLimits(7.0, null, null, 5);
        CapacityLimits rules = new CapacityLimits(null, true, false, 4);
        assertEquals(new CapacityLimits(7.0, true, false, 4), hours.and(rules));
        assertEquals(new CapacityLimits(6.0, true, true, null), new CapacityLimits(8.0, false, true, null)
                .and(new CapacityLimits(6.0, true, null, null)));
        assertEquals("a cap above the standard day with no overtime", 8.0,
                new CapacityLimits(9.0, true, null, null).dayCapacity(), 0);
    }

    @Test
    public void limitsAreValidatedWhereTheyAreTyped() {
        Accommodation wrong = SHORTER_HOURS.withLimits(new CapacityLimits(30.0, null, null, 8));
        assertHasError(wrong.validate(), "limits.dailyHours", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(wrong.validate(), "limits.daysPerWeek", Check.OUT_OF_RANGE);
        assertHasError(SHORTER_HOURS.withLimits(CapacityLimits.dailyHours(-1)).validate(), "limits.dailyHours",
                CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(SHORTER_HOURS.withLimits(CapacityLimits.dailyHours(0)).validate(), "limits.dailyHours",
                CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(SHORTER_HOURS.withLimits(CapacityLimits.dailyHours(6.1)).validate(), "limits.dailyHours",
                CapacityLimits.NOT_QUARTER_HOURS);
        assertHasError(SHORTER_HOURS.withLimits(CapacityLimits.dailyHours(Double.NaN)).validate(), "limits.dailyHours",
                CapacityLimits.HOURS_OUT_OF_RANGE);
        Accommodation badStep = new Accommodation("t", "", List.of(AccommodationStep.planned("s", MAY,
                new CapacityLimits(25.0, null, null, 0))), List.of(), List.of(), "");
        assertHasError(badStep.validate(), "steps[0].limits.dailyHours", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(badStep.validate(), "steps[0].limits.daysPerWeek", Check.OUT_OF_RANGE);
        assertEquals(List.of(), SHORTER_HOURS.validate());
        assertEquals(List.of(), SHORTER_HOURS.withLimits(CapacityLimits.dailyHours(24)).validate());
    }
}
