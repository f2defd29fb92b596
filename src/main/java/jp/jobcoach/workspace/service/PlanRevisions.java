package jp.jobcoach.workspace.service;

import java.util.List;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PlanRevision;

/** A page of a plan's revisions in full, newest first, with the agreements given to those revisions. */
public record PlanRevisions(Page<PlanRevision> revisions, List<Agreement> agreements) {

    public PlanRevisions {
        agreements = List.copyOf(agreements);
    }
}
