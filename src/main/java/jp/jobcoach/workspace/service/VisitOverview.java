package jp.jobcoach.workspace.service;

import java.util.List;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitTally;

/** A page of the visits of a case, newest first, with planned against done counts per plan phase. */
public record VisitOverview(Page<Stored<VisitRecord>> visits, List<VisitTally> tallies) {
}
