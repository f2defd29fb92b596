package jp.jobcoach.workspace.service;

import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitSchedule;
import jp.jobcoach.workspace.domain.VisitTally;

/**
 * A page of the visits of a case, newest first, with planned against done counts per plan phase, the newest hand-over
 * (引き継ぎ事項) and the planned visits the page lists, judged against the visits recorded.
 */
public record VisitOverview(Page<Stored<VisitRecord>> visits, List<VisitTally> tallies,
                            Optional<Stored<VisitRecord>> handOver, List<VisitSchedule.Entry> schedule) {

    /** One visit alone, as the page shows it when it is opened. */
    public static VisitOverview of(Stored<VisitRecord> visit) {
        return new VisitOverview(new Page<>(List.of(visit), null), List.of(), Optional.empty(), List.of());
    }
}
