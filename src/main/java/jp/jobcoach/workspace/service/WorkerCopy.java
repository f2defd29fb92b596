package jp.jobcoach.workspace.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;

/**
 * Everything the plugin holds about the worker of one case, for the worker's own copy (the right of disclosure):
 * each per-case part in full, unfiltered by the role matrix's working views, interviews and visits newest first,
 * the audit log (who read or changed what of the case, when) newest first, the worker's consents, and the visits
 * planned, earliest first, and the weekly workload (plan, actuals and tasks), oldest first. A new per-case part is one more
 * component here, in its JSON body and in the printable page (docs/decisions.md).
 */
public record WorkerCopy(Instant madeAt, Stored<SupportCase> supportCase, List<PhaseChange> phaseChanges, Team team,
                         Optional<SupportPlan> plan, List<Stored<Accommodation>> accommodations,
                         List<Stored<RetentionInterview>> interviews, List<Stored<VisitRecord>> visits,
                         List<AuditEntry> audit, ConsentLedger consents, List<Stored<PlannedVisit>> plannedVisits,
                         List<TaskAnalysisService.Sheet> taskAnalyses,
                         List<Stored<jp.jobcoach.workspace.domain.workload.WorkWeek>> workload) {
}
