package jp.jobcoach.workspace.domain.interview;

import static org.junit.Assert.assertEquals;

import java.util.List;
import jp.jobcoach.workspace.domain.interview.ConditionScale.Direction;
import org.junit.Test;

public class ConditionItemTest {

    @Test
    public void fatigueStressAndSleepinessAreWorseWhenHigher() {
        assertEquals(Direction.HIGHER_IS_WORSE, ConditionItem.FATIGUE.scale().direction());
        assertEquals(Direction.HIGHER_IS_WORSE, ConditionItem.STRESS.scale().direction());
        assertEquals(Direction.HIGHER_IS_WORSE, ConditionItem.DAYTIME_SLEEPINESS.scale().direction());
        assertEquals(Direction.HIGHER_IS_BETTER, ConditionItem.SLEEP_QUALITY.scale().direction());
        assertEquals(Direction.HIGHER_IS_BETTER, ConditionItem.MOOD.scale().direction());
        assertEquals(Direction.HIGHER_IS_BETTER, ConditionItem.APPETITE.scale().direction());
    }

    @Test
    public void interviewsAskFiveItemsInFormOrder() {
        assertEquals(List.of(ConditionItem.SLEEP_QUALITY, ConditionItem.FATIGUE, ConditionItem.STRESS,
                ConditionItem.MOOD, ConditionItem.APPETITE), List.copyOf(ConditionItem.INTERVIEW_ITEMS));
    }

    @Test
    public void labelsFollowTheEnumKeyConvention() {
        assertEquals("jobcoach.condition.daytime-sleepiness", ConditionItem.DAYTIME_SLEEPINESS.i18nKey());
        assertEquals("jobcoach.condition.sleep-quality.3", ConditionItem.SLEEP_QUALITY.scale().pointKey(3));
    }
}
