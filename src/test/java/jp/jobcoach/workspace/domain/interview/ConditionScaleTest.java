package jp.jobcoach.workspace.domain.interview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.interview.ConditionScale.Direction;
import org.junit.Test;

public class ConditionScaleTest {

    private static final ConditionScale BETTER = new ConditionScale(Direction.HIGHER_IS_BETTER, "jobcoach.condition.mood.");
    private static final ConditionScale WORSE = new ConditionScale(Direction.HIGHER_IS_WORSE, "jobcoach.condition.fatigue.");

    @Test
    public void fourPointsEachWithItsLabel() {
        assertEquals(List.of("jobcoach.condition.mood.1", "jobcoach.condition.mood.2", "jobcoach.condition.mood.3",
                "jobcoach.condition.mood.4"), BETTER.pointKeys());
        assertEquals("jobcoach.condition.fatigue.4", WORSE.pointKey(4));
    }

    @Test
    public void theDirectionSaysWhichEndIsGood() {
        assertEquals(4, BETTER.best());
        assertEquals(1, BETTER.worst());
        assertEquals(1, WORSE.best());
        assertEquals(4, WORSE.worst());
        assertEquals(List.of(3, 2, 1, 0), List.of(BETTER.severity(1), BETTER.severity(2), BETTER.severity(3),
                BETTER.severity(4)));
        assertEquals(List.of(0, 1, 2, 3), List.of(WORSE.severity(1), WORSE.severity(2), WORSE.severity(3),
                WORSE.severity(4)));
    }

    @Test
    public void theWorstTwoPointsAreConcerns() {
        assertTrue(BETTER.isConcern(1));
        assertTrue(BETTER.isConcern(2));
        assertFalse(BETTER.isConcern(3));
        assertFalse(BETTER.isConcern(4));
        assertFalse(WORSE.isConcern(1));
        assertFalse(WORSE.isConcern(2));
        assertTrue(WORSE.isConcern(3));
        assertTrue(WORSE.isConcern(4));
    }

    @Test
    public void offTheScaleIsNotARating() {
        assertFalse(ConditionScale.isOnScale(0));
        assertFalse(ConditionScale.isOnScale(5));
        assertTrue(ConditionScale.isOnScale(1));
        for (int wrong : new int[] {0, 5, -1, Integer.MAX_VALUE}) {
            assertThrows(() -> WORSE.isConcern(wrong));
            assertThrows(() -> WORSE.pointKey(wrong));
            assertThrows(() -> BETTER.severity(wrong));
        }
    }

    @Test
    public void aScaleNeedsADirectionAndAPrefix() {
        assertThrows(() -> new ConditionScale(null, "jobcoach.condition.x."));
        assertThrows(() -> new ConditionScale(Direction.HIGHER_IS_BETTER, "jobcoach.condition.x"));
    }

    static void assertThrows(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }
}
