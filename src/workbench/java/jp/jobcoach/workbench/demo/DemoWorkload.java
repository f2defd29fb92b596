package jp.jobcoach.workbench.demo;

import static jp.jobcoach.workbench.demo.DemoCaseRecords.as;
import static jp.jobcoach.workbench.demo.DemoCaseRecords.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workbench.plugin.PluginContainer;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.service.WorkloadService;

/**
 * Eight weeks of the demo worker's workload (issue 17), made through the plugin's service as the people who would
 * make each part: the supervisor plans each week at the 7-hour day the shorter-hours accommodation allows by then,
 * the worker enters what was done. Three weeks ago was the overload week: a month-end rush planned at 8 hours on two
 * days and worked at 8.5, two tasks carried over; last week one task was left open past its due day, so this week shows
 * the holding-on signal (抱え込み) with the planned-over-capacity and worked-over-the-cap signals of that week in its
 * trend. This week's actuals are entered up to yesterday.
 */
final class DemoWorkload {
    static final int WEEKS = 8;
    /** Weeks back from this one: the overload week. */
    static final int OVERLOAD = 3;
    private static final List<String> TASKS = List.of("翌週の配送ルート表の作成", "請求データの照合", "倉庫在庫の日次確認",
            "協力会社への連絡表の更新", "配送遅延の集計");

    private final PluginContainer plugin;
    private final LocalDate today;

    DemoWorkload(PluginContainer plugin, LocalDate today) {
        this.plugin = plugin;
        this.today = today;
    }

    void seed(long caseId, String worker, String supervisor) {
        WorkloadService workload = plugin.get(WorkloadService.class);
        LocalDate thisWeek = WorkWeek.weekOf(today);
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate start = thisWeek.minusWeeks(back);
            boolean overload = back == OVERLOAD;
            List<Double> planned = overload ? Arrays.asList(8.0, 8.0, 7.0, 7.0, 7.0, 0.0, 0.0)
                    : Arrays.asList(7.0, 7.0, 7.0, 7.0, 6.5, 0.0, 0.0);
            int first = back;
            as(supervisor, () -> {
                int version = workload.week(caseId, start).version();
                List<WeekTask> tasks = new ArrayList<>(workload.week(caseId, start).value().tasks());
                int count = overload ? 5 : 3;
                for (int index = 0; index < count; index++) {
                    String title = TASKS.get((first + index) % TASKS.size());
                    tasks.add(WeekTask.planned(title, overload ? 8 : 6, start.plusDays(Math.min(4, 1 + index)), key(supervisor)));
                }
                return workload.plan(caseId, start, version, planned, tasks,
                        overload ? "月末の締めで依頼が集中。無理な分は早めに返してよい。" : null);
            });
            as(worker, () -> actuals(workload, caseId, start, first, overload));
            if (overload || back == 1) {
                as(worker, () -> workload.carryOver(caseId, start, workload.week(caseId, start).version()));
            }
        }
    }

    /**
     * What the worker entered: the planned hours (8.5 and 8 in the overload week), every task done but the last (two
     * carried in the overload week, one left open last week, one handed back two weeks ago); this week up to yesterday.
     */
    private Stored<WorkWeek> actuals(WorkloadService workload, long caseId, LocalDate start, int back, boolean overload) {
        WorkloadService.WeekOverview week = workload.week(caseId, start);
        List<Double> hours = new ArrayList<>(overload ? Arrays.asList(8.5, 8.0, 7.5, 7.0, 7.0, 0.0, 0.0)
                : Arrays.asList(7.0, 6.5, 7.0, 7.0, 6.0, 0.0, 0.0));
        Map<Long, TaskOutcome> outcomes = new HashMap<>();
        List<WeekTask> tasks = week.value().tasks();
        for (int index = 0; index < tasks.size(); index++) {
            boolean last = index >= tasks.size() - (overload ? 2 : 1);
            TaskOutcome outcome = !last ? TaskOutcome.DONE : back == 2 ? TaskOutcome.HANDED_BACK
                    : overload || back == 1 || back == 0 ? TaskOutcome.OPEN : TaskOutcome.DONE;
            outcomes.put(tasks.get(index).id(), outcome);
        }
        if (back == 0) {
            for (int day = 0; day < WorkWeek.DAYS; day++) {
                if (!start.plusDays(day).isBefore(today)) {
                    hours.set(day, null);
                }
            }
            tasks.stream().filter(task -> task.carriedFrom() != null).forEach(task -> outcomes.put(task.id(), TaskOutcome.OPEN));
        }
        return workload.actuals(caseId, start, week.version(), hours, outcomes);
    }
}
