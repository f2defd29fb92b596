package jp.jobcoach.workspace.service;

import java.time.Instant;
import java.util.List;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;

/**
 * What the printed support plan (支援計画書) of one revision shows: the case and its team as the guard read them, the
 * revision, the plan's current revision number (a revision printed after a newer one was written says so), the
 * agreements given to this revision, and when it is printed.
 */
public record PlanPrint(Stored<SupportCase> supportCase, Team team, PlanRevision revision, int currentNumber,
                        List<Agreement> agreements, Instant printedAt) {

    public PlanPrint {
        agreements = List.copyOf(agreements);
    }

    public boolean isCurrent() {
        return revision.number() == currentNumber;
    }
}
