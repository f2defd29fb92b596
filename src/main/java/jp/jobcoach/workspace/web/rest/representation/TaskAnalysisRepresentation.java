package jp.jobcoach.workspace.web.rest.representation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskStep;

/**
 * A task analysis's value, as stored and as sent. Its steps in order; each stored step has its stable {@code id}, a new
 * one none (or 0). Leaving a stored step out removes it (refused for a step with recorded sessions: retire it instead).
 */
public record TaskAnalysisRepresentation(String title, String goal, String setting, String instructor, int fadingThreshold,
                                         AnalysisStatus status, List<Step> steps) {

    public static TaskAnalysisRepresentation from(TaskAnalysis value) {
        return new TaskAnalysisRepresentation(value.title(), value.goal(), value.setting(), value.instructor(),
                value.fadingThreshold(), value.status(), value.steps() == null ? null : IntStream.range(0, value.steps().size())
                .mapToObj(index -> Step.from(value.steps().get(index), index + 1)).toList());
    }

    /** The steps in the order of their {@code order} numbers where given (the form's), else as listed. */
    public TaskAnalysis toDomain() {
        List<Step> ordered = steps == null ? null : steps.stream().sorted(Comparator.comparing(
                (Step step) -> step == null || step.order() == null ? Integer.MAX_VALUE : step.order())).toList();
        return new TaskAnalysis(title, goal, setting, instructor, fadingThreshold, status, Mapping.list(ordered, Step::toDomain));
    }

    /**
     * {@code {"id", "order", "action", "toolPlace", "keyPoint", "cue", "supporter", "aids", "retired"}}; {@code order}
     * (1, 2, ...) is sent as the step's place, and a request may use it to move steps instead of listing them in order.
     */
    public record Step(long id, Integer order, String action, String toolPlace, String keyPoint, String cue, String supporter,
                       String aids, boolean retired) {

        static Step from(TaskStep step, int order) {
            return new Step(step.id(), order, step.action(), step.toolPlace(), step.keyPoint(), step.cue(), step.supporter(),
                    step.aids(), step.retired());
        }

        TaskStep toDomain() {
            return new TaskStep(id, action, toolPlace, keyPoint, cue, supporter, aids, retired);
        }
    }
}
