package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.TASK_ANALYSIS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskProgress;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.TaskAnalysisStore;

/**
 * Task analyses of a case, their steps and their recorded sessions. Every path is guarded by the TASK_ANALYSIS
 * category, which the worker's consent narrows ({@link CaseGuard}); writes are audited with field names only. An
 * analysis (title, threshold, step list) and each session carry their own version: two coaches changing the step
 * list, or the same session, get a conflict with the record as it is now; recording a new session needs no version,
 * since its levels name steps by their stable ids.
 */
@Named
public class TaskAnalysisService {
    static final String ANALYSIS = "task-analysis";
    static final String SESSION = "task-session";

    private final CaseGuard guard;
    private final TaskAnalysisStore store;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public TaskAnalysisService(CaseGuard guard, TaskAnalysisStore store, AuditLog audit, Writes writes, TimeSource time) {
        this.guard = guard;
        this.store = store;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
    }

    /** An analysis as stored, with what its sessions say. */
    public record Sheet(Stored<TaskAnalysis> analysis, TaskProgress progress) {
        static Sheet of(TaskAnalysisStore.Sheet stored) {
            return new Sheet(stored.analysis(), TaskProgress.of(stored.analysis().value(), stored.sessions()));
        }

        public long id() {
            return analysis.id();
        }
    }

    /** Every analysis of the case with its figures, oldest first: a fixed number of statements whatever the history. */
    public List<Sheet> sheets(long caseId) {
        return sheets(guard.require(caseId, TASK_ANALYSIS, VIEW));
    }

    public List<Sheet> sheets(GuardedCase on) {
        guard.require(on, TASK_ANALYSIS, VIEW);
        return store.sheetsForCase(on.caseId()).stream().map(Sheet::of).toList();
    }

    /** One analysis with all its sessions: what the grid shows. */
    public Sheet sheet(long caseId, long id) {
        return sheet(guard.require(caseId, TASK_ANALYSIS, VIEW), id);
    }

    public Sheet sheet(GuardedCase on, long id) {
        guard.require(on, TASK_ANALYSIS, VIEW);
        return store.sheet(id).filter(sheet -> sheet.analysis().caseId() == on.caseId()).map(Sheet::of)
                .orElseThrow(() -> new NotFoundException(ANALYSIS + " " + id));
    }

    /** What the macro (and its script's refresh) renders of one analysis: the sheet and whether the viewer records. */
    public record Worksheet(long caseId, List<Sheet> sheets, boolean mayEdit) {
    }

    /** The case's analyses, or the one named, for the viewer, with whether they may record and edit them. */
    public Worksheet worksheet(GuardedCase on, Long onlyId) {
        List<Sheet> sheets = onlyId == null ? sheets(on) : List.of(sheet(on, onlyId));
        return new Worksheet(on.caseId(), sheets, on.may(TASK_ANALYSIS, EDIT));
    }

    public Worksheet worksheet(long caseId, Long onlyId) {
        return worksheet(guard.require(caseId, TASK_ANALYSIS, VIEW), onlyId);
    }

    /** Every analysis for a CSV download, audited as one export. */
    public List<Sheet> export(long caseId) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, VIEW);
        audit.record(on, AuditAction.EXPORT, TASK_ANALYSIS, ANALYSIS, caseId, List.of());
        return sheets(on);
    }

    /** A new analysis, active with the default threshold unless given; its steps are all new whatever ids the request carried. */
    public Stored<TaskAnalysis> create(long caseId, TaskAnalysis value) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, EDIT);
        TaskAnalysis fresh = value.steps() == null ? value : value.withSteps(value.steps().stream()
                .map(step -> step == null ? null : step.withId(TaskStep.NEW)).toList());
        TaskAnalysis created = fresh.withDefaults();
        ValidationException.throwIfAny(created.validate());
        return writes.run(() -> {
            Stored<TaskAnalysis> stored = store.create(caseId, created);
            audit.record(on, AuditAction.CREATE, TASK_ANALYSIS, ANALYSIS, stored.id(), FieldChanges.filled(created));
            return stored;
        });
    }

    /**
     * The analysis and its step list as revised: steps named by id are reworded, moved or retired in place, new ones
     * inserted; a step some session observed may be retired but not left out, so no history is lost.
     */
    public Stored<TaskAnalysis> update(long caseId, long id, int version, TaskAnalysis value) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, EDIT);
        Stored<TaskAnalysis> before = existing(on, id);
        ValidationException.throwIfAny(value.validate());
        Set<Long> dropped = new HashSet<>();
        before.value().steps().forEach(step -> dropped.add(step.id()));
        value.steps().forEach(step -> dropped.remove(step.id()));
        ValidationException.throwIfAny(before.value().validateRevision(value, store.observed(id, dropped)));
        return writes.versioned(() -> {
            Stored<TaskAnalysis> updated = store.update(id, version, value);
            audit.record(on, AuditAction.UPDATE, TASK_ANALYSIS, ANALYSIS, id, FieldChanges.between(before.value(), value));
            return updated;
        }, () -> store.find(id).orElse(null));
    }

    /**
     * A session observed by the actor, in the first of their roles that records task analyses. Its day lies between the
     * worker's return to work and today; its levels name steps of this analysis still taught.
     */
    public Stored<TaskSession> recordSession(long caseId, long analysisId, TaskSession value) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, EDIT);
        Stored<TaskAnalysis> analysis = existing(on, analysisId);
        TaskSession recorded = value.recordedBy(on.actorKey(), recorderRole(on));
        ValidationException.throwIfAny(recorded.validate(analysis.value(), time.today(), on.stored().value().returnDate(), null));
        return writes.run(() -> {
            Stored<TaskSession> stored = store.createSession(caseId, analysisId, recorded);
            audit.record(on, AuditAction.CREATE, TASK_ANALYSIS, SESSION, stored.id(), FieldChanges.filled(recorded));
            return stored;
        });
    }

    /** A correction of a recorded session; it stays the observation of whoever recorded it. */
    public Stored<TaskSession> updateSession(long caseId, long analysisId, long sessionId, int version, TaskSession value) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, EDIT);
        Stored<TaskAnalysis> analysis = existing(on, analysisId);
        Stored<TaskSession> before = existingSession(analysisId, sessionId);
        TaskSession corrected = value.recordedBy(before.value().recorderKey(), before.value().recorderRole());
        ValidationException.throwIfAny(corrected.validate(analysis.value(), time.today(), on.stored().value().returnDate(),
                before.value()));
        return writes.versioned(() -> {
            Stored<TaskSession> updated = store.updateSession(sessionId, version, corrected);
            audit.record(on, AuditAction.UPDATE, TASK_ANALYSIS, SESSION, sessionId,
                    FieldChanges.between(before.value(), corrected));
            return updated;
        }, () -> store.findSession(analysisId, sessionId).orElse(null));
    }

    public void deleteSession(long caseId, long analysisId, long sessionId, int version) {
        GuardedCase on = guard.require(caseId, TASK_ANALYSIS, EDIT);
        existing(on, analysisId);
        Stored<TaskSession> current = existingSession(analysisId, sessionId);
        writes.versioned(() -> {
            store.deleteSession(sessionId, version);
            audit.record(on, AuditAction.DELETE, TASK_ANALYSIS, SESSION, sessionId, List.of());
            return current;
        }, () -> store.findSession(analysisId, sessionId).orElse(null));
    }

    /** The role a session is recorded in: the actor's first role (in the roles' order) that edits task analyses. */
    static CaseRole recorderRole(GuardedCase on) {
        return on.actorRoles().stream().filter(role -> RoleMatrix.allows(role, TASK_ANALYSIS, EDIT)).sorted().findFirst()
                .orElseThrow(() -> new AccessDeniedException(TASK_ANALYSIS + " EDIT on case " + on.caseId()));
    }

    /** The analysis, if it belongs to this case: an id from another case is not found here. */
    private Stored<TaskAnalysis> existing(GuardedCase on, long id) {
        return store.find(id).filter(stored -> stored.caseId() == on.caseId())
                .orElseThrow(() -> new NotFoundException(ANALYSIS + " " + id));
    }

    private Stored<TaskSession> existingSession(long analysisId, long sessionId) {
        return store.findSession(analysisId, sessionId).orElseThrow(() -> new NotFoundException(SESSION + " " + sessionId));
    }
}
