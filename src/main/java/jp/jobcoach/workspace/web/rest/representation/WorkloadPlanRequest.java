package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.web.Json;

/**
 * {@code PUT …/workload/{week}/plan}: {@code {"version": 0, "plan": {"plannedHours": [6, 6, 6, 6, 6, 0, 0], "tasks":
 * [{"id"?, "title", "estimatedHours", "due", "assignedBy"?, "taskAnalysisId"?}], "note"}}}. Version 0 plans a week
 * without a record; a task without {@code id} is added, a stored task left out is removed; a task without
 * {@code assignedBy} is assigned by the caller.
 */
public record WorkloadPlanRequest(int version, Plan plan) {

    /**
     * Seven days, Monday first: a form leaves the blank days at the end out of its array (a day not entered), so a
     * shorter list is filled up with absent days; a longer one is kept, for the domain to refuse.
     */
    static List<Double> sevenDays(List<Double> days) {
        List<Double> seven = new ArrayList<>(days);
        while (seven.size() < jp.jobcoach.workspace.domain.workload.WorkWeek.DAYS) {
            seven.add(null);
        }
        return seven;
    }

    public Plan required() {
        return Json.required("plan", plan, value -> value);
    }

    public record Plan(List<Double> plannedHours, List<TaskRequest> tasks, String note) {
        public List<Double> hours() {
            return Json.required("plannedHours", plannedHours, WorkloadPlanRequest::sevenDays);
        }

        public List<WeekTask> domainTasks() {
            return tasks == null ? List.of() : Mapping.list(tasks, TaskRequest::toDomain);
        }
    }

    public record TaskRequest(Long id, String title, double estimatedHours, LocalDate due, String assignedBy,
                              Long taskAnalysisId) {
        WeekTask toDomain() {
            return new WeekTask(id, title, estimatedHours, due, assignedBy, taskAnalysisId, null, null);
        }
    }
}
