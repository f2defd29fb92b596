package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.function.UnaryOperator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.domain.Stored;

/** Accommodations of a case, their stepwise lifting and their reviews. */
@Named
public class AccommodationService {
    private static final String RECORD = "accommodation";

    private final CaseGuard guard;
    private final AccommodationStore accommodations;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public AccommodationService(CaseGuard guard, AccommodationStore accommodations, AuditLog audit, Writes writes,
                                TimeSource time) {
        this.guard = guard;
        this.accommodations = accommodations;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
    }

    public List<Stored<Accommodation>> list(long caseId) {
        guard.require(caseId, ACCOMMODATIONS, VIEW);
        return accommodations.forCase(caseId);
    }

    /** The case's accommodations for an export (a short list, read whole as the macro reads it), audited as one. */
    public List<Stored<Accommodation>> export(long caseId) {
        GuardedCase on = guard.require(caseId, ACCOMMODATIONS, VIEW);
        audit.record(on, AuditAction.EXPORT, ACCOMMODATIONS, RECORD, caseId, List.of());
        return accommodations.forCase(caseId);
    }

    /** Those whose planned review date has come with no review recorded since. */
    public List<Stored<Accommodation>> dueForReview(long caseId) {
        return withReviewsDue(caseId).dueForReview();
    }

    /** The case's accommodations and, from the same read, which of them are due for review today. */
    public ReviewedList withReviewsDue(long caseId) {
        return withReviewsDue(guard.require(caseId, ACCOMMODATIONS, VIEW));
    }

    public ReviewedList withReviewsDue(GuardedCase on) {
        guard.require(on, ACCOMMODATIONS, VIEW);
        LocalDate today = time.today();
        List<Stored<Accommodation>> all = accommodations.forCase(on.caseId());
        Set<Long> due = all.stream().filter(stored -> stored.value().isReviewDue(today)).map(Stored::id)
                .collect(Collectors.toUnmodifiableSet());
        return new ReviewedList(all, due);
    }

    /** Accommodations with the ids of those due for review. */
    public record ReviewedList(List<Stored<Accommodation>> all, Set<Long> dueIds) {
        public List<Stored<Accommodation>> dueForReview() {
            return all.stream().filter(stored -> dueIds.contains(stored.id())).toList();
        }
    }

    public Stored<Accommodation> create(long caseId, Accommodation value) {
        GuardedCase on = guard.require(caseId, ACCOMMODATIONS, EDIT);
        ValidationException.throwIfAny(value.validate());
        return writes.run(() -> {
            Stored<Accommodation> created = accommodations.create(caseId, value);
            audit.record(on, AuditAction.CREATE, ACCOMMODATIONS, RECORD, created.id(), FieldChanges.filled(value));
            return created;
        });
    }

    public Stored<Accommodation> update(long caseId, long id, int version, Accommodation value) {
        return change(caseId, id, version, before -> {
            ValidationException.throwIfAny(value.validate());
            return value;
        });
    }

    /** The actor approves lifting step {@code index} on {@code day}. */
    public Stored<Accommodation> liftStep(long caseId, long id, int version, int index, LocalDate day) {
        String approver = guard.actorKey();
        return change(caseId, id, version, before -> {
            ValidationException.throwIfAny(new Check().inRange("steps", index, 0, before.steps().size() - 1).errors());
            return before.liftStep(index, day, approver, time.now());
        });
    }

    /**
     * The actor takes back their own lift of step {@code index}, within {@link Accommodation#UNDO_WINDOW} of
     * recording it; audited as a change of the steps. A version that moved since (a review, an edit, another lift)
     * is a 409, so nobody undoes a lift that someone else has built on.
     */
    public Stored<Accommodation> undoLift(long caseId, long id, int version, int index) {
        String actor = guard.actorKey();
        return change(caseId, id, version, before -> before.undoLift(index, actor, time.now()));
    }

    public Stored<Accommodation> recordReview(long caseId, long id, int version, LocalDate day) {
        return change(caseId, id, version, before -> {
            ValidationException.throwIfAny(new Check().required("reviewsDone", day).errors());
            return before.withReviewDone(day);
        });
    }

    public void delete(long caseId, long id, int version) {
        GuardedCase on = guard.require(caseId, ACCOMMODATIONS, EDIT);
        Stored<Accommodation> current = existing(caseId, id);
        writes.versioned(() -> {
            accommodations.delete(id, version);
            audit.record(on, AuditAction.DELETE, ACCOMMODATIONS, RECORD, id, List.of());
            return current;
        }, () -> existing(caseId, id));
    }

    private Stored<Accommodation> change(long caseId, long id, int version, UnaryOperator<Accommodation> edit) {
        GuardedCase on = guard.require(caseId, ACCOMMODATIONS, EDIT);
        Accommodation before = existing(caseId, id).value();
        Accommodation after = edit.apply(before);
        return writes.versioned(() -> {
            Stored<Accommodation> updated = accommodations.update(id, version, after);
            audit.record(on, AuditAction.UPDATE, ACCOMMODATIONS, RECORD, id, FieldChanges.between(before, after));
            return updated;
        }, () -> existing(caseId, id));
    }

    /** The accommodation, if it belongs to this case: an id from another case is not found here. */
    private Stored<Accommodation> existing(long caseId, long id) {
        return accommodations.find(id).filter(stored -> stored.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException(RECORD + " " + id));
    }
}
