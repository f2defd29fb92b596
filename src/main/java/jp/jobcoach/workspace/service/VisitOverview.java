package jp.jobcoach.workspace.service;

import java.util.List;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.domain.Stored;

/** The visits of a case, newest first, with planned against done counts per plan phase. */
public record VisitOverview(List<Stored<VisitRecord>> visits, List<VisitTally> tallies) {
}
