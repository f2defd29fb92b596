package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.service.VisitOverview;

/** {@code GET /cases/{id}/visits}: the stored visits, newest first, and planned against done per plan phase. */
public record VisitOverviewRepresentation(List<StoredRepresentation<VisitRepresentation>> visits, List<Tally> tallies) {

    public static VisitOverviewRepresentation from(VisitOverview overview) {
        return new VisitOverviewRepresentation(StoredRepresentation.all(overview.visits(), VisitRepresentation::from),
                Mapping.list(overview.tallies(), Tally::from));
    }

    /** {@code {"phase", "dates": {start, end}, "planned", "done"}}. */
    public record Tally(PlanPhase phase, DateRangeRepresentation dates, int planned, int done) {

        static Tally from(VisitTally tally) {
            return new Tally(tally.phase(), DateRangeRepresentation.from(tally.dates()), tally.planned(), tally.done());
        }
    }
}
