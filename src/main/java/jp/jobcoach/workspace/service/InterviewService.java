package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.INTERVIEWS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.RecordId;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.CarryOver;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewReminder;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.domain.Stored;

/**
 * Retention interviews of a case: each new one opens with the previous one's open actions (carry-over), the
 * coaches edit it with versions, resolve the carried actions, and make it final. What a reader gets depends on
 * their roles and the worker's consents: the worker's own account (condition ratings, their account of their
 * condition, their worries) is health information, shown — and its reading audited — only to roles that see
 * HEALTH and to whom the worker consented ({@link ConsentCategory#WORKER_ACCOUNT}); the supervisor therefore sees
 * the date, participants, work status and volume, the company's observations and the actions, never the worker's
 * account; and a worker sees the agreed actions of their interviews, not the coaches' notes. A writer who may not
 * see the worker's account leaves it as stored.
 */
@Named
public class InterviewService {
    private static final String RECORD = "interview";

    private final CaseGuard guard;
    private final InterviewStore interviews;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public InterviewService(CaseGuard guard, InterviewStore interviews, AuditLog audit, Writes writes, TimeSource time) {
        this.guard = guard;
        this.interviews = interviews;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
    }

    /**
     * Lets the actor export the case's interviews (their agreed actions) and audits the export: called before anything
     * is sent, so a refusal is still a 404 or 403.
     */
    public GuardedCase startExport(long caseId) {
        GuardedCase on = guard.require(caseId, INTERVIEWS, VIEW);
        audit.record(on, AuditAction.EXPORT, INTERVIEWS, RECORD, caseId, List.of());
        return on;
    }

    /**
     * Every interview of a case {@link #startExport} let the actor export, newest first, read in bounded chunks and
     * passed through the same filter as a read, so an export never shows what the actor could not read.
     */
    public void export(GuardedCase on, Consumer<Stored<RetentionInterview>> each) {
        guard.require(on, INTERVIEWS, VIEW);
        Chunked.each((after, limit) -> interviews.page(on.caseId(), after, limit), InterviewStore::cursor,
                chunk -> shown(on, chunk).forEach(each));
    }

    /** A page of the case's interviews, newest first, as the actor may see them. */
    public Page<Stored<RetentionInterview>> page(long caseId, PageRequest request) {
        return page(guard.require(caseId, INTERVIEWS, VIEW), request);
    }

    /** As {@link #page(long, PageRequest)}: the page's rows and their child rows, whatever the history. */
    public Page<Stored<RetentionInterview>> page(GuardedCase on, PageRequest request) {
        guard.require(on, INTERVIEWS, VIEW);
        List<Stored<RetentionInterview>> fetched = interviews.page(on.caseId(), request.after(), request.fetchSize());
        Page<Stored<RetentionInterview>> page = Page.of(fetched, request, InterviewStore::cursor);
        return new Page<>(shown(on, page.items()), page.nextCursor());
    }

    public Stored<RetentionInterview> get(long caseId, long id) {
        return get(guard.require(caseId, INTERVIEWS, VIEW), id);
    }

    public Stored<RetentionInterview> get(GuardedCase on, long id) {
        guard.require(on, INTERVIEWS, VIEW);
        return shown(on, List.of(existing(on.caseId(), id))).get(0);
    }

    /** When the last interview was and the next is planned, and how late it is: case status every member sees. */
    public InterviewSchedule schedule(long caseId) {
        return schedule(guard.require(caseId, CASE, VIEW));
    }

    public InterviewSchedule schedule(GuardedCase on) {
        guard.require(on, CASE, VIEW);
        // the rule reads only the latest interview, so the store reads only its row
        Optional<InterviewReminder.Scheduled> latest = interviews.latestScheduled(on.caseId());
        return new InterviewSchedule(latest.map(InterviewReminder.Scheduled::date).orElse(null),
                latest.map(InterviewReminder.Scheduled::nextDate).orElse(null),
                InterviewReminder.daysOverdue(latest.stream().toList(), time.today()).orElse(null));
    }

    /** Whether the actor may write interviews here (the guide is for them); throws as {@link CaseGuard#require}. */
    public void draftAllowed(long caseId) {
        guard.require(caseId, INTERVIEWS, EDIT);
    }

    /** The form's starting point for an interview on {@code date}: carried over from the latest, else empty. */
    public RetentionInterview draft(long caseId, LocalDate date) {
        return draft(guard.require(caseId, INTERVIEWS, EDIT), date);
    }

    public RetentionInterview draft(GuardedCase on, LocalDate date) {
        guard.require(on, INTERVIEWS, EDIT);
        return interviews.latest(on.caseId()).map(previous -> CarryOver.next(previous.value(), date))
                .orElseGet(() -> RetentionInterview.draft(date, List.of()));
    }

    /** {0} the field, {1} the date, {2} the id of the draft already there ({@link RecordId}: the form offers to open it). */
    public static final String DRAFT_EXISTS = "jobcoach.validation.interview.draft-exists";

    /**
     * Stores a new draft. The carried actions are the server's: those the latest interview leaves open, with
     * any resolution the form already gave them; a lost or foreign one is refused. New actions get fresh ids. A
     * second draft for a date that already has one is refused on {@code date}, naming the draft to go on with:
     * it is almost always the same meeting saved twice (issue 15).
     */
    public Stored<RetentionInterview> create(long caseId, RetentionInterview submitted) {
        GuardedCase on = guard.require(caseId, INTERVIEWS, EDIT);
        Optional<Stored<RetentionInterview>> previous = interviews.latest(caseId);
        RetentionInterview start = previous.map(stored -> CarryOver.next(stored.value(), submitted.date()))
                .orElseGet(() -> RetentionInterview.draft(submitted.date(), List.of()));
        RetentionInterview value = withResolutions(start, submitted.carriedActions())
                .withParticipants(submitted.participants(), submitted.workerAbsentReason())
                .withRatings(showsWorkerAccount(on) ? submitted.ratings() : ConditionRatings.none())
                .withNotes(showsWorkerAccount(on) ? submitted.notes()
                        : submitted.notes().withWorkerAccountOf(InterviewNotes.blank()))
                .withNewActions(freshIds(submitted.newActions(), List.of()))
                .withNextDate(submitted.nextDate());
        ValidationException.throwIfAny(value.validate());
        Stored<RetentionInterview> created = writes.run(() -> {
            interviews.draftOn(caseId, value.date()).ifPresent(existing -> {
                throw new ValidationException(new FieldError("date", DRAFT_EXISTS, value.date().toString(), new RecordId(existing)));
            });
            Stored<RetentionInterview> stored = interviews.create(caseId, value, on.actorKey(), time.now());
            audit.record(on, AuditAction.CREATE, INTERVIEWS, RECORD, stored.id(), FieldChanges.filled(value));
            return stored;
        });
        return shown(on, List.of(created)).get(0);
    }

    /**
     * Saves the form over version {@code version}. Carried actions keep their identity, origin and history;
     * only their resolutions come from the form. A writer who may not see ratings leaves them as they are.
     *
     * @throws StaleVersionException with the interview as it is now, when someone saved it first
     */
    public Stored<RetentionInterview> update(long caseId, long id, int version, RetentionInterview submitted) {
        return change(caseId, id, version, before -> withResolutions(before, submitted.carriedActions())
                .withParticipants(submitted.participants(), submitted.workerAbsentReason())
                .withRatings(submitted.ratings())
                .withNotes(submitted.notes())
                .withNewActions(freshIds(submitted.newActions(), before.newActions()))
                .withNextDate(submitted.nextDate()));
    }

    /** Marks a carried action done, continued (optionally with a new due date) or dropped. */
    public Stored<RetentionInterview> resolveAction(long caseId, long id, int version, String actionId,
                                                    ActionStatus outcome, String note, LocalDate newDueDate) {
        return change(caseId, id, version, before -> before.resolve(actionId, outcome, note, newDueDate));
    }

    /** Makes the interview final; refused while a carried action is unresolved. */
    public Stored<RetentionInterview> finalize(long caseId, long id, int version) {
        return change(caseId, id, version, RetentionInterview::markFinal);
    }

    private Stored<RetentionInterview> change(long caseId, long id, int version, UnaryOperator<RetentionInterview> edit) {
        GuardedCase on = guard.require(caseId, INTERVIEWS, EDIT);
        RetentionInterview before = existing(caseId, id).value();
        RetentionInterview edited = edit.apply(before);
        RetentionInterview after = showsWorkerAccount(on) ? edited : keepsWorkerAccount(edited, before);
        ValidationException.throwIfAny(after.validate());
        Stored<RetentionInterview> updated = writes.versioned(() -> {
            Stored<RetentionInterview> stored = interviews.update(id, version, after, on.actorKey(), time.now());
            audit.record(on, AuditAction.UPDATE, INTERVIEWS, RECORD, id, FieldChanges.between(before, after));
            return stored;
        }, () -> shown(on, List.of(existing(caseId, id))).get(0));
        return shown(on, List.of(updated)).get(0);
    }

    /** Whether the actor sees (and so may write) the worker's own account in this case's interviews. */
    public boolean showsWorkerAccount(GuardedCase on) {
        return seesAll(on) && on.shows(ConsentCategory.WORKER_ACCOUNT);
    }

    /** {@code edited}, with the worker's own account as it was {@code before}. */
    private static RetentionInterview keepsWorkerAccount(RetentionInterview edited, RetentionInterview before) {
        return edited.withRatings(before.ratings()).withNotes(edited.notes().withWorkerAccountOf(before.notes()));
    }

    /** Whether the actor reads interviews as a team member rather than only as the worker they are about. */
    private static boolean seesAll(GuardedCase on) {
        return on.actorRoles().stream().anyMatch(role -> role != CaseRole.WORKER && RoleMatrix.allows(role, INTERVIEWS, VIEW));
    }

    /** {@code base} with each of {@code resolved} applied to the carried action of the same id. */
    private static RetentionInterview withResolutions(RetentionInterview base, List<AgreedAction> resolved) {
        RetentionInterview result = base;
        for (AgreedAction action : resolved) {
            result = result.resolve(action.id(), action.status(), action.progressNote(), action.dueDate());
        }
        return result;
    }

    /** Actions new to this interview get an id made here; those it already holds keep theirs. */
    private static List<AgreedAction> freshIds(List<AgreedAction> submitted, List<AgreedAction> existing) {
        Set<String> known = existing.stream().map(AgreedAction::id).collect(java.util.stream.Collectors.toSet());
        return submitted.stream().map(action -> known.contains(action.id()) ? action
                : new AgreedAction(UUID.randomUUID().toString(), action.owner(), action.what(), action.dueDate(),
                        ActionStatus.OPEN, null, null, List.of())).toList();
    }

    /**
     * The interviews as the actor may see them; a read that shows the worker's account is audited as a health
     * read, through the guard, once per call.
     */
    private List<Stored<RetentionInterview>> shown(GuardedCase on, List<Stored<RetentionInterview>> stored) {
        boolean seesAll = seesAll(on);
        boolean seesAccount = showsWorkerAccount(on);
        if (seesAccount && stored.stream().anyMatch(each -> hasWorkerAccount(each.value()))) {
            guard.healthRead(on, ConsentCategory.WORKER_ACCOUNT);
        }
        return stored.stream().map(each -> new Stored<>(each.id(), each.caseId(), each.version(),
                seesAll ? withoutWorkerAccountUnless(seesAccount, each.value()) : actionsOnly(each.value()))).toList();
    }

    private static boolean hasWorkerAccount(RetentionInterview value) {
        InterviewNotes notes = value.notes();
        return !value.ratings().isEmpty() || !notes.equals(notes.withWorkerAccountOf(InterviewNotes.blank()));
    }

    /** A team member's view: everything but the worker's own account, unless they may see it. */
    private static RetentionInterview withoutWorkerAccountUnless(boolean seesAccount, RetentionInterview value) {
        return seesAccount ? value : value.withRatings(ConditionRatings.none())
                .withNotes(value.notes().withWorkerAccountOf(InterviewNotes.blank()));
    }

    /** The worker's view: when, who, and what was agreed. */
    private static RetentionInterview actionsOnly(RetentionInterview value) {
        return new RetentionInterview(value.id(), value.version(), value.date(), value.participants(), null,
                ConditionRatings.none(), InterviewNotes.blank(), value.carriedActions(), value.newActions(),
                value.nextDate(), value.status());
    }

    /** The interview, if it belongs to this case: an id from another case is not found here. */
    private Stored<RetentionInterview> existing(long caseId, long id) {
        return interviews.find(id).filter(stored -> stored.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException(RECORD + " " + id));
    }
}
