package jp.jobcoach.workspace.domain.interview;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * The worker's ratings of their condition at one moment: item to rating. An item may be left unrated (the
 * worker did not want to say, or the item was not asked). Ratings are kept as entered, even off the scale, so
 * that {@link #validate()} can name them; nothing else reads an off-scale rating.
 */
public record ConditionRatings(Map<ConditionItem, Integer> ratings) {

    /** {0} the field, {1} the item, {2} and {3} the ends of the scale. */
    public static final String OUT_OF_RANGE = "jobcoach.validation.condition.out-of-range";

    public ConditionRatings {
        EnumMap<ConditionItem, Integer> copy = new EnumMap<>(ConditionItem.class);
        ratings.forEach((item, rating) -> {
            if (item == null) {
                throw new IllegalArgumentException("a rating needs an item");
            }
            if (rating != null) {
                copy.put(item, rating);
            }
        });
        ratings = Collections.unmodifiableMap(copy);
    }

    public static ConditionRatings none() {
        return new ConditionRatings(Map.of());
    }

    /** These ratings with {@code item} rated {@code rating}. */
    public ConditionRatings with(ConditionItem item, int rating) {
        EnumMap<ConditionItem, Integer> more = new EnumMap<>(ConditionItem.class);
        more.putAll(ratings);
        more.put(item, rating);
        return new ConditionRatings(more);
    }

    public OptionalInt rating(ConditionItem item) {
        Integer rating = ratings.get(item);
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    public boolean isEmpty() {
        return ratings.isEmpty();
    }

    /** The items rated on the worse half of their scale, in item order; off-scale ratings are not counted. */
    public Set<ConditionItem> concerns() {
        Set<ConditionItem> concerns = EnumSet.noneOf(ConditionItem.class);
        ratings.forEach((item, rating) -> {
            if (ConditionScale.isOnScale(rating) && item.scale().isConcern(rating)) {
                concerns.add(item);
            }
        });
        return Collections.unmodifiableSet(concerns);
    }

    /**
     * Every rating on the scale. Field names are {@code [ITEM]}, e.g. {@code [FATIGUE]}, to be nested under
     * the holder's field ({@code ratings[FATIGUE]}); the message names the item.
     */
    public List<FieldError> validate() {
        Check check = new Check();
        ratings.forEach((item, rating) -> check.failIf(!ConditionScale.isOnScale(rating), "[" + item.name() + "]",
                OUT_OF_RANGE, item, ConditionScale.MIN, ConditionScale.MAX));
        return check.errors();
    }
}
