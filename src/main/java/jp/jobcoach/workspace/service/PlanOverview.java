package jp.jobcoach.workspace.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;

/**
 * What the plan page shows: the plan with its newest revisions in full ({@code inFull} of them, and the one before
 * the oldest of them, for what that one changed), and the first page of the older revisions' summaries; empty
 * while no plan was drafted.
 */
public record PlanOverview(Optional<SupportPlan> plan, int inFull, Page<PlanRevision.Summary> older) {

    static PlanOverview none(int inFull) {
        return new PlanOverview(Optional.empty(), inFull, new Page<>(List.of(), null));
    }

    /** The revisions shown in full, newest first. */
    public List<PlanRevision> inFullNewestFirst() {
        List<PlanRevision> newestFirst = new ArrayList<>(plan.map(SupportPlan::revisions).orElse(List.of()));
        Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(inFull, newestFirst.size()));
    }
}
