package jp.jobcoach.workspace.domain.task;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * One observation of the task at work: the day, who observed it in which role, how long it took, a note, and per
 * step the level of help needed. A step without an observation in the list was not observed.
 *
 * @param durationMinutes how long the task took, if timed
 */
public record TaskSession(LocalDate date, String recorderKey, CaseRole recorderRole, Integer durationMinutes,
                          String note, List<StepObservation> observations) {

    public static final String UNKNOWN_STEP = "jobcoach.validation.task.unknown-step";
    public static final String RETIRED_STEP = "jobcoach.validation.task.retired-step";
    public static final String DUPLICATE_STEP = "jobcoach.validation.task.duplicate-step";
    public static final String IN_THE_FUTURE = "jobcoach.validation.task.in-the-future";
    /** A working day is the most a session can last. */
    public static final int MAX_MINUTES = 24 * 60;

    public TaskSession {
        observations = observations == null ? null : List.copyOf(observations);
    }

    /** The level recorded for the step; {@link PromptLevel#NOT_OBSERVED} for a step the session has no level of. */
    public PromptLevel levelOf(long stepId) {
        return observation(stepId).map(StepObservation::level).orElse(PromptLevel.NOT_OBSERVED);
    }

    public Optional<StepObservation> observation(long stepId) {
        return observations.stream().filter(each -> each.stepId() == stepId).findFirst();
    }

    /** The same session recorded by someone else (an edit is recorded by whoever made it). */
    public TaskSession recordedBy(String key, CaseRole role) {
        return new TaskSession(date, key, role, durationMinutes, note, observations);
    }

    /**
     * Field names: {@code date}, {@code durationMinutes}, {@code note}, {@code observations[i].stepId},
     * {@code observations[i].level}, ...
     *
     * @param analysis   the analysis the session belongs to, whose steps it may observe
     * @param today      a session is recorded after the work was observed, never for a later day
     * @param returnDate the worker's return to work, before which there is no work to observe (null if unknown)
     * @param before     the session as stored, for an edit: a step retired since may keep the level it had; null for a new one
     */
    public List<FieldError> validate(TaskAnalysis analysis, LocalDate today, LocalDate returnDate, TaskSession before) {
        Check check = new Check().required("date", date)
                .failIf(date != null && date.isAfter(today), "date", IN_THE_FUTURE)
                .notBefore("date", date, "returnDate", returnDate)
                .required("recorderKey", recorderKey)
                .required("recorderRole", recorderRole)
                .longText("note", note);
        if (durationMinutes != null) {
            check.inRange("durationMinutes", durationMinutes, 1, MAX_MINUTES);
        }
        if (observations == null) {
            return check.required("observations", null).errors();
        }
        Map<Long, TaskStep> steps = analysis.steps().stream().filter(step -> !step.isNew())
                .collect(Collectors.toMap(TaskStep::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (int index = 0; index < observations.size(); index++) {
            StepObservation observation = observations.get(index);
            String field = "observations[" + index + "].stepId";
            TaskStep step = observation == null ? null : steps.get(observation.stepId());
            if (observation == null || step == null) {
                check.failIf(true, field, UNKNOWN_STEP, observation == null ? 0L : observation.stepId());
                continue;
            }
            check.failIf(!seen.add(step.id()), field, DUPLICATE_STEP, step.action())
                    .failIf(step.retired() && (before == null || before.observation(step.id()).isEmpty()),
                            field, RETIRED_STEP, step.action())
                    .nested("observations[" + index + "].", observation, StepObservation::validate);
        }
        return check.errors();
    }
}
