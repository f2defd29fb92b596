package jp.jobcoach.workspace.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Planned visits against the visits recorded (docs/decisions.md, "planned visits"): a planned visit is kept by a visit
 * recorded in the same week (Monday to Sunday) as its date, whichever coach made it, since the pair swaps visits; each
 * recorded visit keeps at most one planned visit, the planned visits taken in date order and each given the recorded
 * visit of its week nearest its date. A planned visit whose week has ended without one is missed.
 */
public final class VisitSchedule {
    /** A planned visit with where it stands and, when kept, the day of the visit that kept it. */
    public record Entry(Stored<PlannedVisit> planned, PlannedVisitStatus status, LocalDate keptOn) {
        public Optional<LocalDate> kept() {
            return Optional.ofNullable(keptOn);
        }
    }

    private VisitSchedule() {
    }

    /** The first and last day of the week of {@code day}: the window a recorded visit keeps a planned one in. */
    public static DateRange weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    /**
     * The days a read of recorded visits must cover to judge {@code planned}: from the Monday of the first planned
     * week to the Sunday of the last; empty when nothing is planned.
     */
    public static Optional<DateRange> span(Collection<Stored<PlannedVisit>> planned) {
        Optional<LocalDate> first = planned.stream().map(stored -> stored.value().date()).min(Comparator.naturalOrder());
        Optional<LocalDate> last = planned.stream().map(stored -> stored.value().date()).max(Comparator.naturalOrder());
        return first.map(day -> new DateRange(weekOf(day).start(), weekOf(last.orElseThrow()).end()));
    }

    /**
     * Each planned visit, in date order, with its status on {@code today}.
     *
     * @param visitDays the days of the recorded visits (any order; a day twice is two visits)
     */
    public static List<Entry> judge(Collection<Stored<PlannedVisit>> planned, Collection<LocalDate> visitDays, LocalDate today) {
        List<LocalDate> unused = new ArrayList<>(visitDays);
        unused.sort(Comparator.naturalOrder());
        List<Stored<PlannedVisit>> ordered = new ArrayList<>(planned);
        ordered.sort(Comparator.comparing((Stored<PlannedVisit> stored) -> stored.value().date()).thenComparing(Stored::id));
        Map<Long, Entry> entries = new LinkedHashMap<>();
        for (Stored<PlannedVisit> stored : ordered) {
            LocalDate date = stored.value().date();
            DateRange week = weekOf(date);
            Optional<LocalDate> kept = unused.stream().filter(week::contains)
                    .min(Comparator.comparingLong(day -> Math.abs(day.toEpochDay() - date.toEpochDay())));
            kept.ifPresent(unused::remove);
            PlannedVisitStatus status = kept.isPresent() ? PlannedVisitStatus.DONE
                    : week.end().isBefore(today) ? PlannedVisitStatus.MISSED
                    : week.contains(today) ? PlannedVisitStatus.DUE : PlannedVisitStatus.UPCOMING;
            entries.put(stored.id(), new Entry(stored, status, kept.orElse(null)));
        }
        return List.copyOf(entries.values());
    }
}
