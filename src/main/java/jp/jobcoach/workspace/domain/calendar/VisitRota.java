package jp.jobcoach.workspace.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.VisitFrequency;

/**
 * "Who visits when" for the coach pair: per phase of the plan, the planned visit frequency of each support type in
 * use during the phase and the visits that count gives, against the visits done, who of the pair made them, and how
 * often one coach went twice in a row although the pair alternates; and whose turn the next visit is.
 *
 * @param next whose turn the next visit is: the other coach than the one who last went alone (the primary first)
 */
public record VisitRota(List<PhaseRota> phases, VisitBy next, int outsidePhases) {

    /** A visit done: its day and who made it. */
    public record Visit(LocalDate date, List<String> coachKeys) {
        public Visit {
            coachKeys = List.copyOf(coachKeys);
        }
    }

    /** One visit as the rota shows it. */
    public record RotaVisit(LocalDate date, VisitBy by) {
    }

    /**
     * @param frequencies the planned frequency of each support type whose period overlaps the phase
     * @param repeats     visits by the same coach alone right after a visit they made alone
     */
    public record PhaseRota(PlanPhase phase, DateRange dates, List<VisitFrequency> frequencies, int planned,
                            List<RotaVisit> visits, int byPrimary, int bySecondary, int together, int byOthers,
                            int repeats) {
        public PhaseRota {
            frequencies = List.copyOf(frequencies);
            visits = List.copyOf(visits);
        }

        public int done() {
            return visits.size();
        }

        /** Visits still owed in the phase; zero when as many or more were done. */
        public int shortfall() {
            return Math.max(0, planned - done());
        }
    }

    public VisitRota {
        phases = List.copyOf(phases);
    }

    public static VisitRota of(PlanTimeline timeline, Collection<PlannedSupport> supports, Team team,
                               Collection<Visit> done) {
        List<RotaVisit> ordered = done.stream().sorted(Comparator.comparing(Visit::date))
                .map(visit -> new RotaVisit(visit.date(), VisitBy.of(visit.coachKeys(), team))).toList();
        List<PhaseRota> phases = new ArrayList<>();
        int inPhases = 0;
        for (PlanPhase phase : timeline.planned()) {
            DateRange dates = timeline.dates(phase).orElseThrow();
            if (dates.start() == null || dates.end() == null) {
                continue;
            }
            List<RotaVisit> visits = ordered.stream().filter(visit -> dates.contains(visit.date())).toList();
            inPhases += visits.size();
            List<VisitFrequency> frequencies = supports.stream()
                    .filter(support -> support.period() != null && support.period().overlap(dates).isPresent())
                    .map(PlannedSupport::frequency).toList();
            int planned = supports.stream().mapToInt(support -> support.plannedVisitsWithin(dates)).sum();
            phases.add(new PhaseRota(phase, dates, frequencies, planned, visits, count(visits, VisitBy.PRIMARY),
                    count(visits, VisitBy.SECONDARY), count(visits, VisitBy.BOTH), count(visits, VisitBy.OTHER),
                    repeats(visits)));
        }
        return new VisitRota(phases, nextTurn(ordered), ordered.size() - inPhases);
    }

    private static int count(List<RotaVisit> visits, VisitBy by) {
        return (int) visits.stream().filter(visit -> visit.by() == by).count();
    }

    /** Solo visits by the coach who also made the solo visit before (visits by both or others in between do not count). */
    private static int repeats(List<RotaVisit> visits) {
        int repeats = 0;
        VisitBy lastSolo = null;
        for (RotaVisit visit : visits) {
            if (visit.by().isSolo()) {
                if (visit.by() == lastSolo) {
                    repeats++;
                }
                lastSolo = visit.by();
            }
        }
        return repeats;
    }

    private static VisitBy nextTurn(List<RotaVisit> ordered) {
        Optional<VisitBy> lastSolo = ordered.stream().map(RotaVisit::by).filter(VisitBy::isSolo)
                .reduce((first, second) -> second);
        return lastSolo.map(by -> by == VisitBy.PRIMARY ? VisitBy.SECONDARY : VisitBy.PRIMARY).orElse(VisitBy.PRIMARY);
    }
}
