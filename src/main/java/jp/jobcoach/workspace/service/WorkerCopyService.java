package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.DataCategory.CASE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.AuditEventStore;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.TaskAnalysisStore;
import jp.jobcoach.workspace.store.VisitStore;
import jp.jobcoach.workspace.store.PlannedVisitStore;
import jp.jobcoach.workspace.store.WorkloadStore;
import jp.jobcoach.workspace.domain.workload.WorkWeek;

/**
 * The worker's own copy of everything the plugin holds about them (DOMAIN.md, Privacy): only the worker of the case
 * may have it, and every copy is audited as an export before anything is read. Occupational health does not make it
 * on the worker's behalf: the copy is the worker's to hand to whom they choose (docs/decisions.md).
 */
@Named
public class WorkerCopyService {
    /** Interviews and visits are read this many at a time, so no query is unbounded. */
    public static final int CHUNK = 200;
    /** The record type of the copy's audit entry. */
    public static final String RECORD = "worker-copy";

    private final CaseGuard guard;
    private final CaseStore cases;
    private final PlanStore plans;
    private final AccommodationStore accommodations;
    private final InterviewStore interviews;
    private final VisitStore visits;
    private final PlannedVisitStore planned;
    private final AuditEventStore auditEvents;
    private final AuditLog audit;
    private final TimeSource time;
    private final TaskAnalysisStore taskAnalyses;
    private final WorkloadStore workload;

    @Inject
    public WorkerCopyService(CaseGuard guard, CaseStore cases, PlanStore plans, AccommodationStore accommodations,
                             InterviewStore interviews, VisitStore visits, PlannedVisitStore planned,
                             AuditEventStore auditEvents, AuditLog audit, TimeSource time, TaskAnalysisStore taskAnalyses,
                             WorkloadStore workload) {
        this.taskAnalyses = taskAnalyses;
        this.workload = workload;
        this.guard = guard;
        this.cases = cases;
        this.plans = plans;
        this.accommodations = accommodations;
        this.interviews = interviews;
        this.visits = visits;
        this.planned = planned;
        this.auditEvents = auditEvents;
        this.audit = audit;
        this.time = time;
    }

    /**
     * @throws AccessDeniedException for members who are not the case's worker
     * @throws NotFoundException     for non-members
     */
    public WorkerCopy copy(long caseId) {
        GuardedCase on = guard.require(caseId, CASE, Access.VIEW);
        if (!on.actorRoles().contains(CaseRole.WORKER)) {
            throw new AccessDeniedException("the worker's copy on case " + caseId);
        }
        audit.record(on, AuditAction.EXPORT, CASE, RECORD, caseId, List.of());
        List<AuditEntry> log = new ArrayList<>();
        auditEvents.eachForCase(caseId, CHUNK, log::add);
        return new WorkerCopy(time.now(), on.stored(), cases.phaseChanges(caseId), on.team(), plans.complete(caseId),
                accommodations.forCase(caseId),
                all(after -> interviews.page(caseId, after, CHUNK), InterviewStore::cursor),
                all(after -> visits.page(caseId, after, CHUNK), VisitStore::cursor), log, on.ledger(),
                allPlanned(caseId), taskAnalyses.sheetsForCase(caseId).stream().map(TaskAnalysisService.Sheet::of).toList(),
                allWeeks(caseId));
    }

    /** Every week of the case's workload with its tasks, oldest first, {@link #CHUNK} weeks at a time. */
    private List<Stored<WorkWeek>> allWeeks(long caseId) {
        List<Stored<WorkWeek>> all = new ArrayList<>();
        List<Stored<WorkWeek>> next = workload.page(caseId, null, CHUNK);
        while (!next.isEmpty()) {
            all.addAll(next);
            next = next.size() < CHUNK ? List.of()
                    : workload.page(caseId, next.get(next.size() - 1).value().start(), CHUNK);
        }
        return all;
    }

    /** Every planned visit of the case, earliest first, {@link #CHUNK} at a time. */
    private List<Stored<PlannedVisit>> allPlanned(long caseId) {
        List<Stored<PlannedVisit>> all = new ArrayList<>();
        List<Stored<PlannedVisit>> next = planned.page(caseId, null, CHUNK);
        while (!next.isEmpty()) {
            all.addAll(next);
            next = next.size() < CHUNK ? List.of() : planned.page(caseId, next.get(next.size() - 1), CHUNK);
        }
        return all;
    }

    /** Every page of a list, newest first, read {@link #CHUNK} at a time. */
    private static <T> List<Stored<T>> all(Function<PageCursor, List<Stored<T>>> page,
                                           Function<Stored<T>, PageCursor> cursor) {
        List<Stored<T>> all = new ArrayList<>();
        List<Stored<T>> next = page.apply(null);
        while (!next.isEmpty()) {
            all.addAll(next);
            next = next.size() < CHUNK ? List.of() : page.apply(cursor.apply(next.get(next.size() - 1)));
        }
        return all;
    }
}
