package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import net.java.ao.Query;

/**
 * The workload weeks of a case with their tasks. Every read is one range of weeks in two statements (the weeks, and
 * their tasks joined on the case), so the week view and the 12-week trend cost the same for two weeks of data or two
 * years. A write claims the week's next version and writes its tasks in place: a task keeps its row id while its
 * week is replanned, so actuals entered against it find it.
 */
@Named
public class WorkloadStore {
    static final String RECORD = "work-week";
    static final String SLOT = "work-week-slot";

    private final ActiveObjects ao;

    @Inject
    public WorkloadStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** The weeks of the case from {@code first} to {@code last} (Mondays, both included), oldest first. */
    public List<Stored<WorkWeek>> weeks(long caseId, LocalDate first, LocalDate last) {
        WorkWeekEntity[] rows = ao.find(WorkWeekEntity.class, Query.select()
                .where("CASE_ID = ? AND WEEK_START >= ? AND WEEK_START <= ?", caseId, day(first), day(last))
                .order("WEEK_START"));
        if (rows.length == 0) {
            return List.of();
        }
        return withTasks(caseId, rows, first, last);
    }

    private List<Stored<WorkWeek>> withTasks(long caseId, WorkWeekEntity[] rows, LocalDate first, LocalDate last) {
        WeekTaskEntity[] tasks = ao.find(WeekTaskEntity.class, Query.select()
                .alias(WeekTaskEntity.class, "t").alias(WorkWeekEntity.class, "w")
                .join(WorkWeekEntity.class, "w.ID = t.WEEK_ID")
                .where("w.CASE_ID = ? AND w.WEEK_START >= ? AND w.WEEK_START <= ?", caseId, day(first), day(last))
                .order("t.WEEK_ID, t.TASK_INDEX"));
        Map<Long, List<WeekTask>> byWeek = Arrays.stream(tasks).collect(Collectors.groupingBy(WeekTaskEntity::getWeekId,
                Collectors.mapping(WorkloadStore::toTask, Collectors.toList())));
        return Columns.map(rows, row -> toStored(row, byWeek.getOrDefault((long) row.getID(), List.of())));
    }

    /**
     * Up to {@code limit} weeks of the case after {@code after} (from the first when null), oldest first, with their
     * tasks: two statements, so a whole history is read a page at a time (the worker's copy).
     */
    public List<Stored<WorkWeek>> page(long caseId, LocalDate after, int limit) {
        WorkWeekEntity[] rows = ao.find(WorkWeekEntity.class, (after == null ? Query.select().where("CASE_ID = ?", caseId)
                : Query.select().where("CASE_ID = ? AND WEEK_START > ?", caseId, day(after))).order("WEEK_START").limit(limit));
        if (rows.length == 0) {
            return List.of();
        }
        // a case has one row per week, so the page's weeks are exactly those from its first to its last
        return withTasks(caseId, rows, Columns.day(rows[0].getWeekStart()), Columns.day(rows[rows.length - 1].getWeekStart()));
    }

    public Optional<Stored<WorkWeek>> week(long caseId, LocalDate start) {
        return weeks(caseId, start, start).stream().findFirst();
    }

    /**
     * A new week, its tasks with their new ids.
     *
     * @throws StaleWriteException when someone else created the same week of the case first
     */
    public Stored<WorkWeek> create(long caseId, WorkWeek value) {
        VersionClaims.claimFirst(ao, SLOT, caseId + ":" + value.start());
        Map<String, Object> columns = new HashMap<>();
        columns.put("SLOT", caseId + ":" + value.start());
        columns.put("CASE_ID", caseId);
        columns.put("WEEK_START", day(value.start()));
        columns.put("PLANNED_HOURS", hours(value.plannedHours()));
        columns.put("ACTUAL_HOURS", hours(value.actualHours()));
        columns.put("NOTE", value.note());
        columns.put("VERSION", 1);
        WorkWeekEntity row = ao.create(WorkWeekEntity.class, columns);
        return new Stored<>(row.getID(), caseId, 1, writeTasks(row.getID(), caseId, value, Map.of()));
    }

    /** @throws StaleWriteException when someone else wrote the week after {@code expectedVersion} */
    public Stored<WorkWeek> update(long id, int expectedVersion, WorkWeek value) {
        WorkWeekEntity row = ao.get(WorkWeekEntity.class, (int) id);
        VersionClaims.claimNext(ao, RECORD, id, row.getVersion(), expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setPlannedHours(hours(value.plannedHours()));
        row.setActualHours(hours(value.actualHours()));
        row.setNote(value.note());
        row.save();
        Map<Long, WeekTaskEntity> stored = Arrays.stream(ao.find(WeekTaskEntity.class, Query.select()
                .where("WEEK_ID = ?", id))).collect(Collectors.toMap(task -> (long) task.getID(), task -> task));
        Set<Long> kept = value.tasks().stream().map(WeekTask::id).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Integer> removed = stored.keySet().stream().filter(taskId -> !kept.contains(taskId)).map(Long::intValue).toList();
        for (List<Integer> chunk : Columns.chunks(removed)) {
            ao.deleteWithSQL(WeekTaskEntity.class, "ID IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        return new Stored<>(id, row.getCaseId(), expectedVersion + 1, writeTasks(id, row.getCaseId(), value, stored));
    }

    /** Writes the tasks in order, updating the rows that exist: the week as stored, each task with its id. */
    private WorkWeek writeTasks(long weekId, long caseId, WorkWeek value, Map<Long, WeekTaskEntity> stored) {
        List<WeekTask> written = new ArrayList<>();
        for (int index = 0; index < value.tasks().size(); index++) {
            WeekTask task = value.tasks().get(index);
            WeekTaskEntity row = task.id() == null ? null : stored.get(task.id());
            if (row == null) {
                Map<String, Object> columns = new HashMap<>();
                columns.put("WEEK_ID", weekId);
                columns.put("CASE_ID", caseId);
                columns.put("TASK_INDEX", index);
                columns.put("TITLE", task.title());
                columns.put("ESTIMATED_HOURS", task.estimatedHours());
                columns.put("DUE", day(task.due()));
                columns.put("ASSIGNED_BY", task.assignedBy());
                columns.put("TASK_ANALYSIS_ID", task.taskAnalysisId());
                columns.put("OUTCOME", task.outcome().name());
                columns.put("CARRIED_FROM", day(task.carriedFrom()));
                written.add(task.withId(ao.create(WeekTaskEntity.class, columns).getID()));
            } else {
                row.setTaskIndex(index);
                row.setTitle(task.title());
                row.setEstimatedHours(task.estimatedHours());
                row.setDue(day(task.due()));
                row.setAssignedBy(task.assignedBy());
                row.setTaskAnalysisId(task.taskAnalysisId());
                row.setOutcome(task.outcome().name());
                row.setCarriedFrom(day(task.carriedFrom()));
                row.save();
                written.add(task);
            }
        }
        return new WorkWeek(value.start(), value.plannedHours(), value.actualHours(), written, value.note());
    }

    /** Seven hours as "6,6.5,,0,...": empty for a day without a value. */
    static String hours(List<Double> days) {
        return days.stream().map(hours -> hours == null ? "" : hours == Math.rint(hours) ? String.valueOf(hours.longValue())
                : String.valueOf(hours)).collect(Collectors.joining(","));
    }

    static List<Double> hours(String text) {
        String[] parts = (text == null ? "" : text).split(",", -1);
        List<Double> days = new ArrayList<>();
        for (int index = 0; index < WorkWeek.DAYS; index++) {
            days.add(index < parts.length && !parts[index].isEmpty() ? Double.valueOf(parts[index]) : null);
        }
        return days;
    }

    private static WeekTask toTask(WeekTaskEntity row) {
        return new WeekTask((long) row.getID(), row.getTitle(), row.getEstimatedHours(), day(row.getDue()),
                row.getAssignedBy(), row.getTaskAnalysisId(), Columns.constant(TaskOutcome.class, row.getOutcome()),
                day(row.getCarriedFrom()));
    }

    private static Stored<WorkWeek> toStored(WorkWeekEntity row, List<WeekTask> tasks) {
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), new WorkWeek(day(row.getWeekStart()),
                hours(row.getPlannedHours()), hours(row.getActualHours()), tasks, row.getNote()));
    }
}
