package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.CapacityLimits.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;

/**
 * One week of the worker's workload, Monday to Sunday: the plan (planned hours per day, the tasks assigned, a note)
 * and the actuals (hours worked per day, each task's outcome). The plan is written by the supervisor and the coaches,
 * the actuals by the worker or the in-company coach ({@link WorkloadRights}); both are one versioned record, so a
 * stale write of either is refused. Changes return a new value.
 *
 * @param start        the Monday the week starts on
 * @param plannedHours seven entries, Monday first: the hours planned that day (0 for a day off)
 * @param actualHours  seven entries, Monday first: the hours worked that day; null for a day not entered yet
 */
public record WorkWeek(LocalDate start, List<Double> plannedHours, List<Double> actualHours, List<WeekTask> tasks,
                       String note) {

    public static final int DAYS = 7;
    /** A week's tasks are read and shown whole: a bound that no real week reaches keeps that cheap. */
    public static final int MOST_TASKS = 50;

    public static final String NOT_A_MONDAY = "jobcoach.validation.workload.not-a-monday";
    public static final String SEVEN_DAYS = "jobcoach.validation.workload.seven-days";
    public static final String UNKNOWN_TASK = "jobcoach.validation.workload.unknown-task";
    public static final String TOO_MANY_TASKS = "jobcoach.validation.workload.too-many-tasks";
    public static final String NOTHING_TO_CARRY = "jobcoach.validation.workload.nothing-to-carry";
    public static final String NOT_A_MEMBER = "jobcoach.validation.workload.not-a-member";

    public WorkWeek {
        plannedHours = Collections.unmodifiableList(new ArrayList<>(plannedHours));
        actualHours = Collections.unmodifiableList(new ArrayList<>(actualHours));
        tasks = List.copyOf(tasks);
    }

    /** A week with its plan and no actuals yet. */
    public static WorkWeek planned(LocalDate start, List<Double> plannedHours, List<WeekTask> tasks, String note) {
        return new WorkWeek(start, plannedHours, Collections.nCopies(DAYS, null), tasks, note);
    }

    /** An empty week: nothing planned, nothing entered (the week a carry-over opens). */
    public static WorkWeek empty(LocalDate start) {
        return planned(start, Collections.nCopies(DAYS, 0.0), List.of(), null);
    }

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    public LocalDate end() {
        return start.plusDays(DAYS - 1);
    }

    public LocalDate day(int index) {
        return start.plusDays(index);
    }

    /**
     * The week planned anew: hours, note and tasks as the plan writer sent them. A task that names its id keeps its
     * outcome (and where it was carried from); one without an id is added; a stored task left out is removed.
     *
     * @throws ValidationException for a task id that is not one of this week's, or an invalid plan
     */
    public WorkWeek replan(List<Double> newPlannedHours, List<WeekTask> planned, String newNote) {
        Map<Long, WeekTask> stored = tasks.stream().filter(task -> task.id() != null)
                .collect(Collectors.toMap(WeekTask::id, task -> task));
        Check check = new Check();
        List<WeekTask> replanned = new ArrayList<>();
        for (int index = 0; index < planned.size(); index++) {
            WeekTask task = planned.get(index);
            if (task.id() == null) {
                replanned.add(new WeekTask(null, task.title(), task.estimatedHours(), task.due(), task.assignedBy(),
                        task.taskAnalysisId(), TaskOutcome.OPEN, null));
            } else if (stored.containsKey(task.id())) {
                replanned.add(stored.get(task.id()).replannedAs(task));
            } else {
                check.failIf(true, "tasks[" + index + "].id", UNKNOWN_TASK, task.id());
            }
        }
        ValidationException.throwIfAny(check.errors());
        return new WorkWeek(start, newPlannedHours, actualHours, replanned, newNote);
    }

    /**
     * The week's actuals entered: hours worked per day (null for a day not entered) and the outcome of the tasks named
     * in {@code outcomes} (the others keep theirs).
     *
     * @throws ValidationException for a task id that is not one of this week's, or hours out of range
     */
    public WorkWeek withActuals(List<Double> newActualHours, Map<Long, TaskOutcome> outcomes) {
        Set<Long> known = tasks.stream().map(WeekTask::id).filter(Objects::nonNull).collect(Collectors.toSet());
        Check check = new Check();
        outcomes.keySet().stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> check.failIf(true, "outcomes[" + id + "]", UNKNOWN_TASK, id));
        check.failIf(newActualHours.size() != DAYS, "actualHours", SEVEN_DAYS, DAYS);
        ValidationException.throwIfAny(check.errors());
        List<WeekTask> changed = tasks.stream()
                .map(task -> task.id() != null && outcomes.containsKey(task.id()) ? task.withOutcome(outcomes.get(task.id())) : task)
                .toList();
        WorkWeek entered = new WorkWeek(start, plannedHours, newActualHours, changed, note);
        ValidationException.throwIfAny(entered.validateActuals());
        return entered;
    }

    /** The tasks carrying over: those still open (not done, not handed back, not carried already). */
    public List<WeekTask> toCarryOver() {
        return tasks.stream().filter(task -> task.outcome() == TaskOutcome.OPEN).toList();
    }

    /**
     * The carry-over in one action: this week with its open tasks marked carried over, and {@code next} (the following
     * week as stored, or {@link #empty}) with an open copy of each added.
     *
     * @throws ValidationException when no task is open
     */
    public CarryOver carryOverInto(WorkWeek next) {
        List<WeekTask> open = toCarryOver();
        if (open.isEmpty()) {
            throw new ValidationException(new FieldError("tasks", NOTHING_TO_CARRY));
        }
        if (!next.start.equals(start.plusDays(DAYS))) {
            throw new IllegalArgumentException(next.start + " does not follow " + start);
        }
        List<WeekTask> marked = tasks.stream()
                .map(task -> task.outcome() == TaskOutcome.OPEN ? task.withOutcome(TaskOutcome.CARRIED_OVER) : task).toList();
        List<WeekTask> nextTasks = new ArrayList<>(next.tasks);
        open.forEach(task -> nextTasks.add(task.carriedInto(start)));
        WorkWeek receiving = new WorkWeek(next.start, next.plannedHours, next.actualHours, nextTasks, next.note);
        ValidationException.throwIfAny(new Check()
                .failIf(nextTasks.size() > MOST_TASKS, "tasks", TOO_MANY_TASKS, MOST_TASKS).errors());
        return new CarryOver(new WorkWeek(start, plannedHours, actualHours, marked, note), receiving, open.size());
    }

    /** This week after a carry-over, the next one, and how many tasks moved. */
    public record CarryOver(WorkWeek from, WorkWeek into, int carried) {
    }

    public double plannedTotal() {
        return plannedHours.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    /** The hours worked as entered so far. */
    public double actualTotal() {
        return actualHours.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    public boolean hasActuals() {
        return actualHours.stream().anyMatch(Objects::nonNull);
    }

    /** The hours of the tasks planned for the week. */
    public double plannedTaskHours() {
        return tasks.stream().mapToDouble(WeekTask::estimatedHours).sum();
    }

    /** The week's throughput: the estimated hours of the tasks done. */
    public double doneTaskHours() {
        return tasks.stream().filter(task -> task.outcome() == TaskOutcome.DONE).mapToDouble(WeekTask::estimatedHours).sum();
    }

    /** Tasks still the worker's at the end of the week (or now, for the week under way). */
    public long openTasks() {
        return tasks.stream().filter(WeekTask::isOpen).count();
    }

    /** Days with hours planned. */
    public long plannedDays() {
        return plannedHours.stream().filter(hours -> hours != null && hours > 0).count();
    }

    /** Days with hours worked. */
    public long workedDays() {
        return actualHours.stream().filter(hours -> hours != null && hours > 0).count();
    }

    public Map<Long, WeekTask> tasksById() {
        Map<Long, WeekTask> byId = new HashMap<>();
        tasks.stream().filter(task -> task.id() != null).forEach(task -> byId.put(task.id(), task));
        return byId;
    }

    /**
     * The plan's problems. Field names: {@code start}, {@code plannedHours[i]}, {@code note}, {@code tasks},
     * {@code tasks[i].title}, {@code tasks[i].estimatedHours}, {@code tasks[i].due}, {@code tasks[i].assignedBy}.
     */
    public List<FieldError> validatePlan() {
        Check check = new Check().required("start", start)
                .failIf(start != null && start.getDayOfWeek() != DayOfWeek.MONDAY, "start", NOT_A_MONDAY)
                .failIf(plannedHours.size() != DAYS, "plannedHours", SEVEN_DAYS, DAYS)
                .failIf(tasks.size() > MOST_TASKS, "tasks", TOO_MANY_TASKS, MOST_TASKS)
                .longText("note", note);
        IntStream.range(0, plannedHours.size()).forEach(index -> {
            Double planned = plannedHours.get(index);
            check.required("plannedHours[" + index + "]", planned);
            if (planned != null) {
                hours(check, "plannedHours[" + index + "]", planned, true);
            }
        });
        if (start != null) {
            check.each("tasks", tasks, task -> task.validate(start));
        }
        return check.errors();
    }

    /** The actuals' problems. Field names: {@code actualHours[i]}. */
    public List<FieldError> validateActuals() {
        Check check = new Check();
        IntStream.range(0, actualHours.size()).forEach(index -> {
            Double actual = actualHours.get(index);
            if (actual != null) {
                hours(check, "actualHours[" + index + "]", actual, true);
            }
        });
        return check.errors();
    }
}
