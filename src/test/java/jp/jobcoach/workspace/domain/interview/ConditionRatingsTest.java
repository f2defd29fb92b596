package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertPartError;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import jp.jobcoach.workspace.domain.FieldError;
import org.junit.Test;

public class ConditionRatingsTest {

    @Test
    public void ratingsOnTheScaleAreValidAndUnratedItemsAreAbsent() {
        ConditionRatings ratings = ConditionRatings.none().with(ConditionItem.FATIGUE, 3).with(ConditionItem.MOOD, 4);
        assertEquals(List.of(), ratings.validate());
        assertEquals(OptionalInt.of(3), ratings.rating(ConditionItem.FATIGUE));
        assertEquals(OptionalInt.empty(), ratings.rating(ConditionItem.APPETITE));
        Map<ConditionItem, Integer> withBlank = new HashMap<>();
        withBlank.put(ConditionItem.STRESS, null);
        assertTrue(new ConditionRatings(withBlank).isEmpty());
    }

    @Test
    public void concernsAreTheWorseHalfWhicheverWayTheScaleRuns() {
        ConditionRatings ratings = new ConditionRatings(Map.of(ConditionItem.SLEEP_QUALITY, 2,
                ConditionItem.FATIGUE, 3, ConditionItem.STRESS, 2, ConditionItem.MOOD, 3, ConditionItem.APPETITE, 9));
        assertEquals(Set.of(ConditionItem.SLEEP_QUALITY, ConditionItem.FATIGUE), ratings.concerns());
    }

    @Test
    public void outOfRangeRatingsNameTheItemAndTheScale() {
        ConditionRatings ratings = new ConditionRatings(Map.of(ConditionItem.FATIGUE, 5, ConditionItem.MOOD, 0));
        List<FieldError> errors = ratings.validate();
        assertEquals(2, errors.size());
        FieldError fatigue = assertPartError(errors, "[FATIGUE]", ConditionRatings.OUT_OF_RANGE);
        assertArrayEquals(new Object[] {ConditionItem.FATIGUE, 1, 4}, fatigue.args());
        assertPartError(errors, "[MOOD]", ConditionRatings.OUT_OF_RANGE);
        assertEquals("ratings[FATIGUE]", fatigue.under("ratings").field());
        DomainBundles.assertTranslated(fatigue.under("ratings").label().i18nKey());
    }

    @Test
    public void theRatingsCannotBeChangedFromOutside() {
        Map<ConditionItem, Integer> input = new HashMap<>(Map.of(ConditionItem.STRESS, 2));
        ConditionRatings ratings = new ConditionRatings(input);
        input.put(ConditionItem.STRESS, 4);
        assertEquals(OptionalInt.of(2), ratings.rating(ConditionItem.STRESS));
        try {
            ratings.ratings().put(ConditionItem.MOOD, 1);
            throw new AssertionError("ratings are read-only");
        } catch (UnsupportedOperationException expected) {
            assertEquals(1, ratings.ratings().size());
        }
    }
}
