package jp.jobcoach.workspace.domain.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * The prompt hierarchy of Japanese job-coach practice: how much help a step needed in one session, scored from 4
 * (自立, done without help) down to 0 (手添え, the coach's hands guided the worker's). "Not observed" is its own level
 * with no score, so a step the coach did not see is never counted as 0, nor in the independence rate. This is the
 * one place the scale, its labels and its colours live; every view, the CSV export and the chart use it.
 *
 * @param background the cell's colour (light, so its text stays readable, and never the only cue)
 * @param foreground the text colour on that background
 * @param strong     the colour of the level in a chart or strip, where it is a mark, not a background
 */
public enum PromptLevel implements Labelled {
    INDEPENDENT(4, "#e3fcef", "#006644", "#36b37e"),
    VERBAL(3, "#deebff", "#0747a6", "#4c9aff"),
    GESTURE(2, "#eae6ff", "#403294", "#8777d9"),
    MODEL(1, "#fffae6", "#974f0c", "#ffab00"),
    PHYSICAL(0, "#ffebe6", "#bf2600", "#ff5630"),
    NOT_OBSERVED(-1, "#f4f5f7", "#42526e", "#c1c7d0");

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 4;

    private final int score;
    private final String background;
    private final String foreground;
    private final String strong;

    PromptLevel(int score, String background, String foreground, String strong) {
        this.score = score;
        this.background = background;
        this.foreground = foreground;
        this.strong = strong;
    }

    /** The level of {@code score} (0 to 4); absent for any other number. */
    public static Optional<PromptLevel> ofScore(int score) {
        return Arrays.stream(values()).filter(level -> level.observed() && level.score == score).findFirst();
    }

    /** The observed levels from most help (0) to none (4), as a form or a legend lists them. */
    public static List<PromptLevel> observedLevels() {
        return List.of(PHYSICAL, MODEL, GESTURE, VERBAL, INDEPENDENT);
    }

    public boolean observed() {
        return this != NOT_OBSERVED;
    }

    /** 0 to 4; empty for {@link #NOT_OBSERVED}, which has no score. */
    public OptionalInt score() {
        return observed() ? OptionalInt.of(score) : OptionalInt.empty();
    }

    public boolean independent() {
        return this == INDEPENDENT;
    }

    /** Whether this observed level needed more help than {@code earlier} (a lower score); false if either was not observed. */
    public boolean moreHelpThan(PromptLevel earlier) {
        return observed() && earlier.observed() && score < earlier.score;
    }

    public String background() {
        return background;
    }

    public String foreground() {
        return foreground;
    }

    public String strong() {
        return strong;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.task.level.", this);
    }

    /** A short label for a narrow cell: 自立, 言語, ジェスチャー, 見本, 手添え, 未観察 (key {@code …level.<name>.short}). */
    public String shortKey() {
        return i18nKey() + ".short";
    }
}
