package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.service.VisitOverview;

/**
 * {@code GET /cases/{id}/visits}: a page of the stored visits, newest first, planned against done per plan phase,
 * and {@code next}, the cursor of the following page (absent on the last).
 */
public record VisitOverviewRepresentation(List<StoredRepresentation<VisitRepresentation>> visits, List<Tally> tallies,
                                          String next) {

    public static VisitOverviewRepresentation from(VisitOverview overview) {
        return new VisitOverviewRepresentation(StoredRepresentation.all(overview.visits().items(), VisitRepresentation::from),
                Mapping.list(overview.tallies(), Tally::from), overview.visits().next().map(PageCursor::encode).orElse(null));
    }

    /** {@code {"phase", "dates": {start, end}, "planned", "done"}}. */
    public record Tally(PlanPhase phase, DateRangeRepresentation dates, int planned, int done) {

        static Tally from(VisitTally tally) {
            return new Tally(tally.phase(), DateRangeRepresentation.from(tally.dates()), tally.planned(), tally.done());
        }
    }
}
