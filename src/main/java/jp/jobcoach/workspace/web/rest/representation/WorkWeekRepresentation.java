package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;

/**
 * A workload week as stored: {@code {"start", "plannedHours": [7 numbers], "actualHours": [7 numbers or null],
 * "tasks": [...], "note"}}, Monday first; a viewer who sees the summary (HR) gets no tasks and no note.
 */
public record WorkWeekRepresentation(LocalDate start, List<Double> plannedHours, List<Double> actualHours,
                                     List<Task> tasks, String note) {

    public static WorkWeekRepresentation from(WorkWeek week) {
        return new WorkWeekRepresentation(week.start(), week.plannedHours(), week.actualHours(),
                Mapping.list(week.tasks(), Task::from), week.note());
    }

    /**
     * {@code {"id", "title", "estimatedHours", "due", "assignedBy", "taskAnalysisId", "outcome", "carriedFrom"}};
     * {@code taskAnalysisId} names a task analysis of the same case, {@code carriedFrom} the first day of the week the task
     * was carried over from, each absent when none.
     */
    public record Task(Long id, String title, double estimatedHours, LocalDate due, String assignedBy, Long taskAnalysisId,
                       String outcome, LocalDate carriedFrom) {

        static Task from(WeekTask task) {
            return new Task(task.id(), task.title(), task.estimatedHours(), task.due(), task.assignedBy(),
                    task.taskAnalysisId(), task.outcome().name(), task.carriedFrom());
        }
    }
}
