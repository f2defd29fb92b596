package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.workload.WeekTrend;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.service.WorkloadService.WeekOverview;

/**
 * {@code GET /cases/{id}/workload?week=…}: the week as the caller may see it ({@code week} absent while it has no
 * record; {@code version} 0 then), each day's planned and actual hours against the capacity in force that day, the
 * week's signals with their reasons in the caller's language, the 12-week trend, what the caller may do, and the
 * case's task analyses a task may link ({@code taskAnalyses}: id and title, oldest first; empty unless the caller sees
 * both the tasks and TASK_ANALYSIS).
 */
public record WeekOverviewRepresentation(LocalDate start, int version, StoredRepresentation<WorkWeekRepresentation> week,
                                         List<Day> days, Double weekCapacity, List<Signal> signals, List<TrendPoint> trend,
                                         Rights rights, List<TaskAnalysisTitle> taskAnalyses) {

    /** @param reason the translated reason of a signal, from its key and arguments */
    public static WeekOverviewRepresentation from(WeekOverview overview, Function<WorkloadSignal, String> reason) {
        WorkWeek value = overview.value();
        List<Day> days = IntStream.range(0, WorkWeek.DAYS).mapToObj(index -> {
            CapacityLimits limits = overview.dayLimits().get(index);
            return new Day(value.day(index), value.plannedHours().get(index), value.actualHours().get(index),
                    CapacityLimitsRepresentation.from(limits), limits.dayCapacity());
        }).toList();
        return new WeekOverviewRepresentation(overview.start(), overview.version(),
                overview.week().map(stored -> StoredRepresentation.of(stored, WorkWeekRepresentation::from)).orElse(null),
                days, overview.weekCapacity(), Mapping.list(overview.signals(), signal -> Signal.from(signal, reason)),
                Mapping.list(overview.trend().points(), TrendPoint::from), new Rights(overview.seesTasks(),
                overview.writesPlan(), overview.entersActuals(), overview.carriesOver()),
                overview.analyses().entrySet().stream().map(entry -> new TaskAnalysisTitle(entry.getKey(), entry.getValue()))
                        .toList());
    }

    /** A task analysis of the case, as a task's {@code taskAnalysisId} names it. */
    public record TaskAnalysisTitle(long id, String title) {
    }

    /** {@code capacity}: the most hours the day may hold under the limits in force; absent when nothing limits it. */
    public record Day(LocalDate day, Double planned, Double actual, CapacityLimitsRepresentation limits, Double capacity) {
    }

    /** {@code kind}, the week and day it concerns (no day for the whole week), the reason, the tasks concerned (not for HR). */
    public record Signal(String kind, LocalDate week, LocalDate day, String reasonKey, String reason, List<String> tasks) {
        public static Signal from(WorkloadSignal signal, Function<WorkloadSignal, String> reason) {
            return new Signal(signal.kind().name(), signal.week(), signal.day(), signal.reasonKey(), reason.apply(signal),
                    signal.tasks());
        }
    }

    public record TrendPoint(LocalDate week, boolean recorded, double planned, Double actual, Double capacity,
                             long openTasks, double doneTaskHours) {
        static TrendPoint from(WeekTrend.Point point) {
            return new TrendPoint(point.week(), point.recorded(), point.planned(), point.actual(), point.capacity(),
                    point.openTasks(), point.doneTaskHours());
        }
    }

    public record Rights(boolean seesTasks, boolean writesPlan, boolean entersActuals, boolean carriesOver) {
    }
}
