package jp.jobcoach.workspace.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list view of a calendar: days in order, each with its items. An item that spans days stands on its first day
 * within the range, so a phase that began before the range still shows at its start.
 */
public record CalendarAgenda(LocalDate from, LocalDate to, List<DayItems> days) {

    /** The order of items everywhere: by day, all-day before timed, by start time, by kind, then by UID. */
    public static final Comparator<CalendarItem> ORDER = Comparator.comparing(CalendarItem::date)
            .thenComparing(item -> item.startTime() == null ? 0 : 1)
            .thenComparing(item -> item.startTime() == null ? java.time.LocalTime.MIN : item.startTime())
            .thenComparing(CalendarItem::kind)
            .thenComparing(CalendarItem::uid);

    public record DayItems(LocalDate date, List<CalendarItem> items) {
        public DayItems {
            items = List.copyOf(items);
        }
    }

    public CalendarAgenda {
        days = List.copyOf(days);
    }

    /** Those of {@code items} that overlap {@code from}..{@code to}, grouped by day. */
    public static CalendarAgenda of(LocalDate from, LocalDate to, List<CalendarItem> items) {
        Map<LocalDate, List<CalendarItem>> byDay = new TreeMap<>();
        items.stream().filter(item -> item.overlaps(from, to)).sorted(ORDER).forEach(item -> byDay
                .computeIfAbsent(item.date().isBefore(from) ? from : item.date(), day -> new ArrayList<>()).add(item));
        return new CalendarAgenda(from, to, byDay.entrySet().stream()
                .map(entry -> new DayItems(entry.getKey(), entry.getValue())).toList());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
