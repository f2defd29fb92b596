package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.VISITS;

import java.util.List;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.VisitStore;

/** Visit records of the center coaches, and how many visits were planned and done per phase. */
@Named
public class VisitService {
    private static final String RECORD = "visit";

    private final CaseGuard guard;
    private final VisitStore visits;
    private final PlanStore plans;
    private final AuditLog audit;
    private final Writes writes;

    @Inject
    public VisitService(CaseGuard guard, VisitStore visits, PlanStore plans, AuditLog audit, Writes writes) {
        this.guard = guard;
        this.visits = visits;
        this.plans = plans;
        this.audit = audit;
        this.writes = writes;
    }

    /** The first page of visits ({@code request}) with the tallies. */
    public VisitOverview overview(long caseId, PageRequest request) {
        return overview(guard.require(caseId, VISITS, VIEW), request);
    }

    public VisitOverview overview(GuardedCase on, PageRequest request) {
        return new VisitOverview(page(on, request), tallies(on));
    }

    /** A page of the case's visits, newest first: the page's rows, whatever the history. */
    public Page<Stored<VisitRecord>> page(GuardedCase on, PageRequest request) {
        guard.require(on, VISITS, VIEW);
        return Page.of(visits.page(on.caseId(), request.after(), request.fetchSize()), request, VisitStore::cursor);
    }

    /**
     * Lets the actor export the case's visit records and audits the export (the coaches' working notes leave the
     * product): called before anything is sent, so a refusal is still a 404 or 403.
     */
    public GuardedCase startExport(long caseId) {
        GuardedCase on = guard.require(caseId, VISITS, VIEW);
        audit.record(on, AuditAction.EXPORT, VISITS, RECORD, caseId, List.of());
        return on;
    }

    /** Every visit of a case {@link #startExport} let the actor export, newest first, read in bounded chunks. */
    public void export(GuardedCase on, Consumer<Stored<VisitRecord>> each) {
        guard.require(on, VISITS, VIEW);
        Chunked.each((after, limit) -> visits.page(on.caseId(), after, limit), VisitStore::cursor, chunk -> chunk.forEach(each));
    }

    public Stored<VisitRecord> get(GuardedCase on, long id) {
        guard.require(on, VISITS, VIEW);
        return existing(on.caseId(), id);
    }

    /**
     * Planned against done counts only: case status, which every member sees (HR reads the counts on the
     * case summary, not the visit notes).
     */
    public List<VisitTally> tallies(long caseId) {
        return tallies(guard.require(caseId, CASE, VIEW));
    }

    /** One count per planned phase and the current plan's dates: no visit row is read. */
    public List<VisitTally> tallies(GuardedCase on) {
        guard.require(on, CASE, VIEW);
        PlanTimeline timeline = plans.currentTimeline(on.caseId()).orElse(PlanTimeline.empty());
        return VisitTally.perPhase(timeline, on.stored().value().supports(),
                dates -> visits.countWithin(on.caseId(), dates));
    }

    public Stored<VisitRecord> create(long caseId, VisitRecord value) {
        GuardedCase on = guard.require(caseId, VISITS, EDIT);
        ValidationException.throwIfAny(value.validate());
        return writes.run(() -> {
            Stored<VisitRecord> created = visits.create(caseId, value);
            audit.record(on, AuditAction.CREATE, VISITS, RECORD, created.id(), FieldChanges.filled(value));
            return created;
        });
    }

    /** @throws AccessDeniedException unless the actor is one of the visit's coaches or a counselor */
    public Stored<VisitRecord> update(long caseId, long id, int version, VisitRecord value) {
        GuardedCase on = guard.require(caseId, VISITS, VIEW);
        VisitRecord before = changeable(on, id).value();
        ValidationException.throwIfAny(value.validate());
        return writes.versioned(() -> {
            Stored<VisitRecord> updated = visits.update(id, version, value);
            audit.record(on, AuditAction.UPDATE, VISITS, RECORD, id, FieldChanges.between(before, value));
            return updated;
        }, () -> existing(caseId, id));
    }

    /** @throws AccessDeniedException unless the actor is one of the visit's coaches or a counselor */
    public void delete(long caseId, long id, int version) {
        GuardedCase on = guard.require(caseId, VISITS, VIEW);
        changeable(on, id);
        writes.versioned(() -> {
            visits.delete(id, version);
            audit.record(on, AuditAction.DELETE, VISITS, RECORD, id, List.of());
            return null;
        }, () -> existing(caseId, id));
    }

    /** The visit, if the actor may change it ({@link VisitRecord#changeableBy}). */
    private Stored<VisitRecord> changeable(GuardedCase on, long id) {
        Stored<VisitRecord> stored = existing(on.caseId(), id);
        if (!stored.value().changeableBy(on.actorKey(), on.actorRoles())) {
            throw new AccessDeniedException("visit " + id + " by someone else", VisitRecord.AUTHORS_ONLY);
        }
        return stored;
    }

    /** The visit, if it belongs to this case: an id from another case is not found here. */
    private Stored<VisitRecord> existing(long caseId, long id) {
        return visits.find(id).filter(stored -> stored.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException(RECORD + " " + id));
    }
}
