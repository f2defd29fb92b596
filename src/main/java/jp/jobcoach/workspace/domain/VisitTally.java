package jp.jobcoach.workspace.domain;

import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/** Planned against done visits in one phase of a plan: shows whether the fading of visits goes as planned. */
public record VisitTally(PlanPhase phase, DateRange dates, int planned, int done) {

    /**
     * One tally per planned phase, in phase order. Planned visits add up every support type's frequency over
     * the days its period shares with the phase; done visits are those dated within the phase, as
     * {@code visitsWithin} counts them (the store counts them, so no visit is read to be counted).
     */
    public static List<VisitTally> perPhase(PlanTimeline timeline, Collection<PlannedSupport> supports,
                                            ToIntFunction<DateRange> visitsWithin) {
        return timeline.planned().stream().map(phase -> {
            DateRange dates = timeline.dates(phase).orElseThrow();
            int planned = supports.stream().mapToInt(support -> support.plannedVisitsWithin(dates)).sum();
            int done = visitsWithin.applyAsInt(dates);
            return new VisitTally(phase, dates, planned, done);
        }).toList();
    }

    /** Visits still owed in this phase; zero when as many or more were done. */
    public int shortfall() {
        return Math.max(0, planned - done);
    }
}
