package jp.jobcoach.workspace.domain.interview;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.interview.ConditionScale.Direction;

/**
 * What a worker rates about their condition. Retention interviews use the five {@link #INTERVIEW_ITEMS}; the
 * daily condition log reuses the same items and scales and adds its own (daytime sleepiness). Labels are
 * {@code jobcoach.condition.<item>}, point labels {@code jobcoach.condition.<item>.<1..4>}.
 */
public enum ConditionItem implements Labelled {
    SLEEP_QUALITY(Direction.HIGHER_IS_BETTER),
    FATIGUE(Direction.HIGHER_IS_WORSE),
    STRESS(Direction.HIGHER_IS_WORSE),
    MOOD(Direction.HIGHER_IS_BETTER),
    APPETITE(Direction.HIGHER_IS_BETTER),
    /** Rated in the daily log rather than in interviews. */
    DAYTIME_SLEEPINESS(Direction.HIGHER_IS_WORSE);

    /** The items a retention interview asks about, in the order the form shows them. */
    public static final Set<ConditionItem> INTERVIEW_ITEMS =
            Collections.unmodifiableSet(EnumSet.of(SLEEP_QUALITY, FATIGUE, STRESS, MOOD, APPETITE));

    private final ConditionScale scale;

    ConditionItem(Direction direction) {
        this.scale = new ConditionScale(direction, Labelled.enumKey("jobcoach.condition.", this) + ".");
    }

    public ConditionScale scale() {
        return scale;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.condition.", this);
    }
}
