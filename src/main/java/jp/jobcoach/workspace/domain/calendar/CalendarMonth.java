package jp.jobcoach.workspace.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A month as the calendar grid shows it: whole weeks from {@code firstDayOfWeek}, each day with the one-day items on
 * it; items that span days (plan phases) are listed once for the month in {@link #spanning}, not on each of their
 * days, and each day tells which of them cover it.
 */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks, List<CalendarItem> spanning) {

    /** One cell of the grid. */
    public record Day(LocalDate date, boolean inMonth, List<CalendarItem> items, List<CalendarItem> within) {
        public Day {
            items = List.copyOf(items);
            within = List.copyOf(within);
        }
    }

    public CalendarMonth {
        weeks = weeks.stream().map(List::copyOf).toList();
        spanning = List.copyOf(spanning);
    }

    /** The grid of {@code month} holding those of {@code items} that fall in its weeks, in calendar order. */
    public static CalendarMonth of(YearMonth month, List<CalendarItem> items, DayOfWeek firstDayOfWeek) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
        List<CalendarItem> sorted = items.stream().sorted(CalendarAgenda.ORDER).toList();
        List<CalendarItem> spanning = sorted.stream().filter(CalendarItem::spansDays)
                .filter(item -> item.overlaps(month.atDay(1), month.atEndOfMonth())).toList();
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate on = day;
            week.add(new Day(on, YearMonth.from(on).equals(month),
                    sorted.stream().filter(item -> !item.spansDays() && item.date().equals(on)).toList(),
                    spanning.stream().filter(item -> item.overlaps(on, on)).toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new CalendarMonth(month, weeks, spanning);
    }

    /** The first and last day the grid shows (whole weeks), which is what a month view reads. */
    public static LocalDate[] gridRange(YearMonth month, DayOfWeek firstDayOfWeek) {
        return new LocalDate[] {month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek)),
                month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)))};
    }

    /** Every item of the grid, each once. */
    public List<CalendarItem> items() {
        List<CalendarItem> all = new ArrayList<>(spanning);
        weeks.forEach(days -> days.forEach(day -> all.addAll(day.items())));
        all.sort(Comparator.comparing(CalendarItem::date));
        return all;
    }
}
