package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.service.VisitOverview;

/**
 * {@code GET /cases/{id}/visits}: a page of the stored visits, newest first, planned against done per plan phase,
 * {@code next}, the cursor of the following page (absent on the last), the newest visit that left a hand-over
 * ({@code latestHandOver}, absent if none) and the planned visits the visits page lists ({@code planned}).
 */
public record VisitOverviewRepresentation(List<StoredRepresentation<VisitRepresentation>> visits, List<Tally> tallies,
                                          String next, StoredRepresentation<VisitRepresentation> latestHandOver,
                                          List<VisitScheduleRepresentation.Entry> planned) {

    public static VisitOverviewRepresentation from(VisitOverview overview) {
        return new VisitOverviewRepresentation(StoredRepresentation.all(overview.visits().items(), VisitRepresentation::from),
                Mapping.list(overview.tallies(), Tally::from), overview.visits().next().map(PageCursor::encode).orElse(null),
                overview.handOver().map(stored -> StoredRepresentation.of(stored, VisitRepresentation::from)).orElse(null),
                Mapping.list(overview.schedule(), VisitScheduleRepresentation.Entry::from));
    }

    /**
     * {@code {"phase", "dates": {start, end}, "planned", "done", "estimated", "scheduled", "kept", "missed"}}:
     * {@code planned} is the phase's planned dates ({@code scheduled}) when it has any, else {@code estimated} from the
     * plan's visit frequencies; {@code kept} and {@code missed} count planned dates done and missed.
     */
    public record Tally(PlanPhase phase, DateRangeRepresentation dates, int planned, int done, int estimated,
                        int scheduled, int kept, int missed) {

        static Tally from(VisitTally tally) {
            return new Tally(tally.phase(), DateRangeRepresentation.from(tally.dates()), tally.planned(), tally.done(),
                    tally.estimated(), tally.scheduled(), tally.kept(), tally.missed());
        }
    }
}
