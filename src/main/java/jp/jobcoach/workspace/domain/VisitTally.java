package jp.jobcoach.workspace.domain;

import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Planned against done visits in one phase of a plan: shows whether the fading of visits goes as planned. Where the
 * pair planned visits by date in the phase ({@link PlannedVisit}), those dates are the plan: how many were kept by a
 * visit and how many were missed ({@link VisitSchedule}); without dates, the plan's visit frequencies give an estimate.
 *
 * @param estimated the visits the phase's own planned visits, or else the support types' frequencies, call for over
 *                  the phase's days
 * @param scheduled the planned visits dated within the phase
 * @param kept      of those, the ones a recorded visit kept
 * @param missed    of those, the ones whose week ended without a visit
 * @param done      the visits recorded within the phase
 */
public record VisitTally(PlanPhase phase, DateRange dates, int estimated, int scheduled, int kept, int missed, int done) {

    /** A phase without planned dates: the estimate is the plan. */
    public VisitTally(PlanPhase phase, DateRange dates, int estimated, int done) {
        this(phase, dates, estimated, 0, 0, 0, done);
    }

    /**
     * One tally per planned phase, in phase order. The estimate comes from the visits the plan gives the phase
     * itself when it gives them (the center's fading per phase), else it adds up every support type's frequency
     * over the days its period shares with the phase; done visits are those dated within the phase, as
     * {@code visitsWithin} counts them (the store counts them, so no visit is read to be counted).
     */
    public static List<VisitTally> perPhase(PlanTimeline timeline, Collection<PlannedSupport> supports,
                                            ToIntFunction<DateRange> visitsWithin) {
        return perPhase(timeline, supports, visitsWithin, List.of());
    }

    /** {@link #perPhase(PlanTimeline, Collection, ToIntFunction)} with the planned visits as judged ({@code schedule}). */
    public static List<VisitTally> perPhase(PlanTimeline timeline, Collection<PlannedSupport> supports,
                                            ToIntFunction<DateRange> visitsWithin, List<VisitSchedule.Entry> schedule) {
        return timeline.planned().stream().map(phase -> {
            DateRange dates = timeline.dates(phase).orElseThrow();
            int estimated = timeline.visits(phase).map(frequency -> frequency.plannedVisits(dates)).orElseGet(() ->
                    supports.stream().mapToInt(support -> support.plannedVisitsWithin(dates)).sum());
            List<VisitSchedule.Entry> within = schedule.stream()
                    .filter(entry -> dates.contains(entry.planned().value().date())).toList();
            int kept = (int) within.stream().filter(entry -> entry.status() == PlannedVisitStatus.DONE).count();
            int missed = (int) within.stream().filter(entry -> entry.status() == PlannedVisitStatus.MISSED).count();
            return new VisitTally(phase, dates, estimated, within.size(), kept, missed, visitsWithin.applyAsInt(dates));
        }).toList();
    }

    /** The plan of the phase: its planned dates when it has any, else the estimate from the frequencies. */
    public int planned() {
        return scheduled > 0 ? scheduled : estimated;
    }

    /** Whether {@link #planned} counts planned dates rather than estimating from the frequencies. */
    public boolean byDates() {
        return scheduled > 0;
    }

    /** Visits still owed in this phase; zero when as many or more were done. */
    public int shortfall() {
        return Math.max(0, planned() - done);
    }
}
