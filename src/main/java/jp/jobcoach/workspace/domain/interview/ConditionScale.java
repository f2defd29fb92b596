package jp.jobcoach.workspace.domain.interview;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The one rating scale of condition items, shared by retention interviews and the daily condition log: four
 * points, 1 to 4, each with its own label, and a direction saying which end is good. Keeping four points (no
 * middle) makes the worker lean one way, and the worst two points are the ones to talk about.
 *
 * @param direction      which end of the scale is good
 * @param pointKeyPrefix the i18n prefix of the point labels; point {@code n} is {@code pointKeyPrefix + n}
 */
public record ConditionScale(Direction direction, String pointKeyPrefix) {

    public static final int MIN = 1;
    public static final int MAX = 4;

    /** Which end of the scale is good. */
    public enum Direction {
        /** 4 is the best: sleep quality, mood, appetite. */
        HIGHER_IS_BETTER,
        /** 4 is the worst: fatigue, stress, daytime sleepiness. */
        HIGHER_IS_WORSE
    }

    public ConditionScale {
        if (direction == null || pointKeyPrefix == null || !pointKeyPrefix.endsWith(".")) {
            throw new IllegalArgumentException("a scale needs a direction and a key prefix ending in a dot");
        }
    }

    public static boolean isOnScale(int rating) {
        return rating >= MIN && rating <= MAX;
    }

    /** The i18n key of the label of {@code rating}, e.g. {@code jobcoach.condition.fatigue.4}. */
    public String pointKey(int rating) {
        return pointKeyPrefix + requireOnScale(rating);
    }

    /** The point labels from 1 to 4, in the order a form shows them. */
    public List<String> pointKeys() {
        return IntStream.rangeClosed(MIN, MAX).mapToObj(this::pointKey).toList();
    }

    public int best() {
        return direction == Direction.HIGHER_IS_BETTER ? MAX : MIN;
    }

    public int worst() {
        return direction == Direction.HIGHER_IS_BETTER ? MIN : MAX;
    }

    /**
     * How bad {@code rating} is, the same way round for every item: 0 for the best point to 3 for the worst.
     * Trends of different items can then be drawn and compared on one axis.
     */
    public int severity(int rating) {
        requireOnScale(rating);
        return direction == Direction.HIGHER_IS_BETTER ? MAX - rating : rating - MIN;
    }

    /** A rating on the worse half of the scale (its worst two points): something to ask about. */
    public boolean isConcern(int rating) {
        return severity(rating) >= (MAX - MIN + 1) / 2;
    }

    private static int requireOnScale(int rating) {
        if (!isOnScale(rating)) {
            throw new IllegalArgumentException("rating " + rating + " is not between " + MIN + " and " + MAX);
        }
        return rating;
    }
}
