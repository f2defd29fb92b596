package jp.jobcoach.workspace.domain.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal.Kind;

/**
 * The overload signals of a week, each with its reason (DOMAIN.md: workload against capacity, 抱え込み):
 * <ul>
 * <li>{@link Kind#PLANNED_OVER_CAPACITY}: a day planned at more than the day's capacity (the cap, or the standard 8 h
 * day while "no overtime" holds without a cap), or more days planned than the days a week allowed;</li>
 * <li>{@link Kind#ACTUAL_OVER_CAP}: a day worked beyond the cap, or more days worked than allowed;
 * {@link Kind#OVERTIME}: beyond the standard day while "no overtime" holds and no cap does;</li>
 * <li>{@link Kind#OPEN_TASKS_RISING}: the open tasks of three consecutive weeks, ending with this one, each more than
 * the week before (a missing week breaks the run);</li>
 * <li>{@link Kind#HOLDING_ON}: tasks of this week or the weeks before it still open (not done, not handed back,
 * not carried over) after their due day;</li>
 * <li>{@link Kind#PLANNED_ABOVE_THROUGHPUT}: the week's task hours above the mean of the task hours done in the two
 * weeks before it, when both have actuals entered.</li>
 * </ul>
 * Night shifts are not signalled: a plan records hours, not shift times, so "no night shift" is shown as a limit only.
 */
public final class WorkloadSignals {
    /** Weeks before a week that its signals read: the two before it (throughput, the rising run). */
    public static final int WEEKS_BEFORE = 2;

    private WorkloadSignals() {
    }

    /**
     * The signals of {@code week}, in the order above, day by day.
     *
     * @param earlier  weeks before it as stored (any order; those not before it are ignored)
     * @param capacity what the accommodations allow on each day
     * @param today    past-due is judged on this day
     */
    public static List<WorkloadSignal> of(WorkWeek week, Collection<WorkWeek> earlier, CaseCapacity capacity, LocalDate today) {
        List<WorkloadSignal> signals = new ArrayList<>();
        planned(week, capacity::limitsOn, signals);
        actual(week, capacity::limitsOn, signals);
        Map<LocalDate, WorkWeek> byStart = earlier.stream().filter(other -> other.start().isBefore(week.start()))
                .collect(Collectors.toMap(WorkWeek::start, other -> other, (a, b) -> a));
        rising(week, byStart, signals);
        holdingOn(week, byStart.values(), today, signals);
        aboveThroughput(week, byStart, signals);
        return signals;
    }

    private static void planned(WorkWeek week, Function<LocalDate, CapacityLimits> limitsOn, List<WorkloadSignal> signals) {
        for (int index = 0; index < WorkWeek.DAYS; index++) {
            LocalDate day = week.day(index);
            Double planned = week.plannedHours().get(index);
            CapacityLimits limits = limitsOn.apply(day);
            Double cap = limits.dayCapacity();
            if (planned != null && cap != null && planned > cap) {
                String variant = limits.dailyHours() == null || limits.dailyHours() > cap ? ".no-overtime" : "";
                signals.add(WorkloadSignal.of(Kind.PLANNED_OVER_CAPACITY, variant, week.start(), day, day, planned, cap));
            }
        }
        Integer days = limitsOn.apply(week.start()).daysPerWeek();
        if (days != null && week.plannedDays() > days) {
            signals.add(WorkloadSignal.of(Kind.PLANNED_OVER_CAPACITY, ".days", week.start(), null, week.plannedDays(), days));
        }
    }

    private static void actual(WorkWeek week, Function<LocalDate, CapacityLimits> limitsOn, List<WorkloadSignal> signals) {
        for (int index = 0; index < WorkWeek.DAYS; index++) {
            LocalDate day = week.day(index);
            Double actual = week.actualHours().get(index);
            if (actual == null) {
                continue;
            }
            CapacityLimits limits = limitsOn.apply(day);
            if (limits.dailyHours() != null && actual > limits.dailyHours()) {
                signals.add(WorkloadSignal.of(Kind.ACTUAL_OVER_CAP, "", week.start(), day, day, actual, limits.dailyHours()));
            } else if (limits.forbidsOvertime() && actual > CapacityLimits.STANDARD_DAY_HOURS) {
                signals.add(WorkloadSignal.of(Kind.OVERTIME, "", week.start(), day, day, actual,
                        CapacityLimits.STANDARD_DAY_HOURS));
            }
        }
        Integer days = limitsOn.apply(week.start()).daysPerWeek();
        if (days != null && week.workedDays() > days) {
            signals.add(WorkloadSignal.of(Kind.ACTUAL_OVER_CAP, ".days", week.start(), null, week.workedDays(), days));
        }
    }

    private static void rising(WorkWeek week, Map<LocalDate, WorkWeek> byStart, List<WorkloadSignal> signals) {
        WorkWeek previous = byStart.get(week.start().minusWeeks(1));
        WorkWeek first = byStart.get(week.start().minusWeeks(2));
        if (previous == null || first == null) {
            return;
        }
        long a = first.openTasks();
        long b = previous.openTasks();
        long c = week.openTasks();
        if (a < b && b < c) {
            signals.add(WorkloadSignal.of(Kind.OPEN_TASKS_RISING, "", week.start(), null, first.start(), a, b, c));
        }
    }

    private static void holdingOn(WorkWeek week, Collection<WorkWeek> earlier, LocalDate today, List<WorkloadSignal> signals) {
        List<WeekTask> held = Stream.concat(earlier.stream().sorted(Comparator.comparing(WorkWeek::start)), Stream.of(week))
                .flatMap(each -> each.tasks().stream())
                .filter(task -> task.outcome() == TaskOutcome.OPEN && task.due() != null && task.due().isBefore(today))
                .sorted(Comparator.comparing(WeekTask::due)).toList();
        if (!held.isEmpty()) {
            LocalDate oldest = held.get(0).due();
            signals.add(WorkloadSignal.of(Kind.HOLDING_ON, "", week.start(), null, (long) held.size(), oldest)
                    .naming(held.stream().map(WeekTask::title).toList()));
        }
    }

    private static void aboveThroughput(WorkWeek week, Map<LocalDate, WorkWeek> byStart, List<WorkloadSignal> signals) {
        Optional<WorkWeek> previous = Optional.ofNullable(byStart.get(week.start().minusWeeks(1))).filter(WorkWeek::hasActuals);
        Optional<WorkWeek> first = Optional.ofNullable(byStart.get(week.start().minusWeeks(2))).filter(WorkWeek::hasActuals);
        if (previous.isEmpty() || first.isEmpty()) {
            return;
        }
        double throughput = (previous.get().doneTaskHours() + first.get().doneTaskHours()) / 2;
        double planned = week.plannedTaskHours();
        if (planned > throughput) {
            signals.add(WorkloadSignal.of(Kind.PLANNED_ABOVE_THROUGHPUT, "", week.start(), null, planned,
                    first.get().doneTaskHours(), previous.get().doneTaskHours(), throughput));
        }
    }
}
