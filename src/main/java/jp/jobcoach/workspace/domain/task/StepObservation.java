package jp.jobcoach.workspace.domain.task;

import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * What one session recorded of one step: the score as entered (0 to 4, or none for "not observed"), how many errors
 * the worker made, and a note. The score is kept as entered so that a wrong one is reported, not thrown.
 *
 * @param score  0 to 4; null when the step was not observed
 * @param errors the number of errors, if counted
 */
public record StepObservation(long stepId, Integer score, Integer errors, String note) {

    /** Enough for any one session of any one step. */
    public static final int MAX_ERRORS = 999;

    public static StepObservation of(long stepId, PromptLevel level) {
        return new StepObservation(stepId, level.observed() ? level.score().getAsInt() : null, null, null);
    }

    /** The level of this observation; {@link PromptLevel#NOT_OBSERVED} without a score (or with one out of range). */
    public PromptLevel level() {
        return score == null ? PromptLevel.NOT_OBSERVED : PromptLevel.ofScore(score).orElse(PromptLevel.NOT_OBSERVED);
    }

    List<FieldError> validate() {
        Check check = new Check();
        if (score != null) {
            check.inRange("level", score, PromptLevel.MIN_SCORE, PromptLevel.MAX_SCORE);
        }
        if (errors != null) {
            check.inRange("errors", errors, 0, MAX_ERRORS);
        }
        return check.longText("note", note).errors();
    }
}
