package jp.jobcoach.workspace.domain.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The workload of the last weeks, one point a week, oldest first: planned and actual hours against the week's
 * capacity, the open tasks and the task hours done. A week without a record is a point without values, so the
 * trend always spans its weeks.
 */
public record WeekTrend(List<Point> points) {
    /** The weeks a trend spans: about a quarter, the length of a support type's usual period. */
    public static final int WEEKS = 12;

    public WeekTrend {
        points = List.copyOf(points);
    }

    /**
     * @param lastWeek the Monday of the trend's last week
     * @param weeks    the stored weeks (those outside the span are ignored)
     */
    public static WeekTrend of(LocalDate lastWeek, List<WorkWeek> weeks, CaseCapacity capacity) {
        Map<LocalDate, WorkWeek> byStart = weeks.stream().collect(Collectors.toMap(WorkWeek::start, Function.identity(), (a, b) -> a));
        List<Point> points = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate start = lastWeek.minusWeeks(back);
            WorkWeek week = byStart.get(start);
            Double cap = capacity.weekCapacity(start);
            points.add(week == null ? new Point(start, false, 0, null, cap, 0, 0)
                    : new Point(start, true, week.plannedTotal(), week.hasActuals() ? week.actualTotal() : null, cap,
                    week.openTasks(), week.doneTaskHours()));
        }
        return new WeekTrend(points);
    }

    /** The first day of the trend's first week. */
    public static LocalDate firstWeek(LocalDate lastWeek) {
        return lastWeek.minusWeeks(WEEKS - 1);
    }

    /**
     * @param recorded  whether the week has a record
     * @param actual    null until actuals are entered
     * @param capacity  the hours the week allows; null when nothing limits it
     */
    public record Point(LocalDate week, boolean recorded, double planned, Double actual, Double capacity, long openTasks,
                        double doneTaskHours) {
    }
}
