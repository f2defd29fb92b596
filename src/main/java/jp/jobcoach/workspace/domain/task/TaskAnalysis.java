package jp.jobcoach.workspace.domain.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * A task analysis (課題分析): one job task, such as 日報入力, broken into ordered steps, with its goal, where and when it
 * happens, who usually instructs it, and how many independent sessions in a row make a step ready to fade (the
 * teaching handed over to the workplace's natural support). The steps' order is their order in {@link #steps};
 * retired steps stay in the list, in their place, so old sessions still show them.
 *
 * @param setting          where and when the task happens
 * @param instructor       who usually instructs it, as the coaches name them (a role or a person)
 * @param fadingThreshold  consecutive independent sessions that make a step ready to fade
 */
public record TaskAnalysis(String title, String goal, String setting, String instructor, int fadingThreshold,
                           AnalysisStatus status, List<TaskStep> steps) {

    public static final int DEFAULT_THRESHOLD = 3;
    public static final int MAX_THRESHOLD = 20;
    /** More steps than any job task needs on one sheet; a longer task is two analyses. */
    public static final int MAX_STEPS = 100;
    public static final String STEP_HAS_HISTORY = "jobcoach.validation.task.step-has-history";
    public static final String TOO_MANY_STEPS = "jobcoach.validation.task.too-many-steps";

    public TaskAnalysis {
        steps = steps == null ? null : List.copyOf(steps);
    }

    /** As a new analysis starts when the form leaves them out: active, with the default threshold. */
    public TaskAnalysis withDefaults() {
        return new TaskAnalysis(title, goal, setting, instructor, fadingThreshold == 0 ? DEFAULT_THRESHOLD : fadingThreshold,
                status == null ? AnalysisStatus.ACTIVE : status, steps);
    }

    /** The steps still taught, in order. */
    public List<TaskStep> activeSteps() {
        return steps.stream().filter(step -> !step.retired()).toList();
    }

    /** The same analysis with its stored steps' ids, in order: what a store returns after writing new steps. */
    public TaskAnalysis withSteps(List<TaskStep> stored) {
        return new TaskAnalysis(title, goal, setting, instructor, fadingThreshold, status, stored);
    }

    /**
     * The analysis with {@code stepId} split in two: that step is retired (its sessions keep it) and two new steps
     * take its place, so nothing recorded of it is lost.
     */
    public TaskAnalysis split(long stepId, String first, String second) {
        List<TaskStep> changed = new ArrayList<>();
        for (TaskStep step : steps) {
            if (step.id() == stepId) {
                changed.add(step.retire());
                changed.add(TaskStep.of(first));
                changed.add(TaskStep.of(second));
            } else {
                changed.add(step);
            }
        }
        return withSteps(changed);
    }

    /** Field names: {@code title}, {@code goal}, {@code fadingThreshold}, {@code steps[i].action}, ... */
    public List<FieldError> validate() {
        Check check = new Check().name("title", title)
                .longText("goal", goal)
                .maxLength("setting", setting, Check.NAME_MAX)
                .maxLength("instructor", instructor, Check.NAME_MAX)
                .inRange("fadingThreshold", fadingThreshold, 1, MAX_THRESHOLD)
                .required("status", status);
        if (steps == null) {
            return check.required("steps", null).errors();
        }
        check.failIf(steps.size() > MAX_STEPS, "steps", TOO_MANY_STEPS, MAX_STEPS);
        Set<Long> ids = new HashSet<>();
        for (int index = 0; index < steps.size(); index++) {
            TaskStep step = steps.get(index);
            if (step == null) {
                check.required("steps[" + index + "].action", null);
                continue;
            }
            check.failIf(!step.isNew() && !ids.add(step.id()), "steps[" + index + "].id", TaskSession.DUPLICATE_STEP,
                    step.action() == null ? "" : step.action());
            check.nested("steps[" + index + "].", step, TaskStep::validate);
        }
        return check.errors();
    }

    /**
     * The problems of changing this analysis into {@code revised}: every step it names must be one of these (new ones
     * have no id), and a step some session observed may be retired but not removed, so its history stays readable.
     *
     * @param observed the ids of the steps that have a level in some session
     */
    public List<FieldError> validateRevision(TaskAnalysis revised, Set<Long> observed) {
        Check check = new Check();
        Set<Long> current = new HashSet<>();
        steps.forEach(step -> current.add(step.id()));
        Set<Long> kept = new HashSet<>();
        for (int index = 0; index < revised.steps().size(); index++) {
            TaskStep step = revised.steps().get(index);
            if (step != null && !step.isNew()) {
                check.failIf(!current.contains(step.id()), "steps[" + index + "].id", TaskSession.UNKNOWN_STEP, step.id());
                kept.add(step.id());
            }
        }
        for (TaskStep step : steps) {
            check.failIf(!kept.contains(step.id()) && observed.contains(step.id()), "steps", STEP_HAS_HISTORY,
                    step.action());
        }
        return check.errors();
    }
}
