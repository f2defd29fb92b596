package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.calendar.VisitRota;

/**
 * {@code GET /cases/{id}/calendar/rota}: who visits when. Per plan phase the planned frequency of each support type in
 * use, the visits that gives ({@code planned}) against those done, who of the pair made them, and {@code repeats}
 * (a coach alone twice in a row); {@code next} is whose turn the next visit is ({@code PRIMARY} or {@code SECONDARY}).
 */
public record VisitRotaRepresentation(List<Phase> phases, String next, int outsidePhases) {

    public static VisitRotaRepresentation from(VisitRota rota) {
        return new VisitRotaRepresentation(Mapping.list(rota.phases(), Phase::from), rota.next().name(), rota.outsidePhases());
    }

    public record Phase(String phase, DateRangeRepresentation dates, List<Frequency> frequencies, int planned, int done,
                        int byPrimary, int bySecondary, int together, int byOthers, int repeats, List<Visit> visits) {
        static Phase from(VisitRota.PhaseRota phase) {
            return new Phase(phase.phase().name(), DateRangeRepresentation.from(phase.dates()),
                    Mapping.list(phase.frequencies(), frequency -> new Frequency(frequency.count(), frequency.per().name())),
                    phase.planned(), phase.done(), phase.byPrimary(), phase.bySecondary(), phase.together(),
                    phase.byOthers(), phase.repeats(), Mapping.list(phase.visits(), visit -> new Visit(visit.date(), visit.by().name())));
        }
    }

    public record Frequency(int count, String per) {
    }

    public record Visit(LocalDate date, String by) {
    }
}
