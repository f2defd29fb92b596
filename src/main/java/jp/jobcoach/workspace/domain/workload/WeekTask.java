package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.CapacityLimits.hoursUpTo;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * One task assigned for a week.
 *
 * @param id             the task's row id once stored; null for a task the plan adds
 * @param estimatedHours what the task is expected to take, in quarter hours, more than 0 and at most a week's hours
 * @param due            the day it is due, not before the week starts (it may be due after the week)
 * @param assignedBy     the user key of the team member who gave the task (usually the supervisor)
 * @param taskAnalysisId the task analysis (課題分析) this task is practised in, if any: one of the same case (the service checks it)
 *                       against the task analyses here (they are their own records, guarded by their own category)
 * @param outcome        where it stands, entered with the week's actuals
 * @param carriedFrom    the first day of the week this task was carried over from; null for a task planned here
 */
public record WeekTask(Long id, String title, double estimatedHours, LocalDate due, String assignedBy,
                       Long taskAnalysisId, TaskOutcome outcome, LocalDate carriedFrom) {

    /** More than a full week's hours for one task is a typing mistake. */
    public static final double MOST_HOURS = 7 * 24;
    public static final String DUE_BEFORE_WEEK = "jobcoach.validation.workload.due-before-week";

    public WeekTask {
        outcome = outcome == null ? TaskOutcome.OPEN : outcome;
    }

    public static WeekTask planned(String title, double estimatedHours, LocalDate due, String assignedBy) {
        return new WeekTask(null, title, estimatedHours, due, assignedBy, null, TaskOutcome.OPEN, null);
    }

    public boolean isOpen() {
        return outcome.isOpen();
    }

    public WeekTask withOutcome(TaskOutcome changed) {
        return new WeekTask(id, title, estimatedHours, due, assignedBy, taskAnalysisId, changed, carriedFrom);
    }

    public WeekTask withId(long stored) {
        return new WeekTask(stored, title, estimatedHours, due, assignedBy, taskAnalysisId, outcome, carriedFrom);
    }

    /** The same task planned again, as the plan writer changed it: its outcome and origin stay as stored. */
    WeekTask replannedAs(WeekTask planned) {
        return new WeekTask(id, planned.title, planned.estimatedHours, planned.due, planned.assignedBy,
                planned.taskAnalysisId, outcome, carriedFrom);
    }

    /** The open copy of this task in the week starting {@code nextWeek}, its due day kept. */
    WeekTask carriedInto(LocalDate thisWeek) {
        return new WeekTask(null, title, estimatedHours, due, assignedBy, taskAnalysisId, TaskOutcome.OPEN,
                carriedFrom != null ? carriedFrom : thisWeek);
    }

    /** Field names: {@code title}, {@code estimatedHours}, {@code due}, {@code assignedBy}. */
    List<FieldError> validate(LocalDate weekStart) {
        Check check = new Check().name("title", title).required("due", due).required("assignedBy", assignedBy);
        hoursUpTo(check, "estimatedHours", estimatedHours, false, MOST_HOURS);
        // a task carried over keeps its due day, which lies in an earlier week
        return check.failIf(carriedFrom == null && due != null && due.isBefore(weekStart), "due", DUE_BEFORE_WEEK, weekStart)
                .errors();
    }
}
