package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.VISITS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.FieldLabel;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitSchedule;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.PlannedVisitStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.VisitStore;

/** Visit records of the center coaches, and how many visits were planned and done per phase. */
@Named
public class VisitService {
    private static final String RECORD = "visit";
    private static final String PLANNED_RECORD = "planned-visit";
    /** The most planned visits one read returns (a plan of six months with three visits a week is fewer). */
    public static final int PLANNED_MAX = 200;
    /** How far back and ahead of today the visits page lists planned visits, beyond the plan's own phases. */
    static final int PLANNED_WEEKS_BACK = 12;
    static final int PLANNED_WEEKS_AHEAD = 26;

    private final CaseGuard guard;
    private final VisitStore visits;
    private final PlannedVisitStore planned;
    private final PlanStore plans;
    private final AuditLog audit;
    private final Writes writes;

    @Inject
    public VisitService(CaseGuard guard, VisitStore visits, PlannedVisitStore planned, PlanStore plans, AuditLog audit,
                        Writes writes) {
        this.guard = guard;
        this.visits = visits;
        this.planned = planned;
        this.plans = plans;
        this.audit = audit;
        this.writes = writes;
    }

    /** The first page of visits ({@code request}) with the tallies. */
    public VisitOverview overview(long caseId, PageRequest request) {
        return overview(guard.require(caseId, VISITS, VIEW), request);
    }

    /**
     * A fixed number of statements: the page, the latest hand-over, the plan's dates, the planned visits of the window
     * ({@link #schedule}) and the visit days of their weeks, one count per phase.
     */
    public VisitOverview overview(GuardedCase on, PageRequest request) {
        Page<Stored<VisitRecord>> page = page(on, request);
        PlanTimeline timeline = plans.currentTimeline(on.caseId()).orElse(PlanTimeline.empty());
        List<VisitSchedule.Entry> schedule = schedule(on, window(on, timeline));
        return new VisitOverview(page, tallies(on, timeline, schedule), visits.latestHandOver(on.caseId()), schedule);
    }

    /** The newest visit {@code coachKey} made on the case, if any. */
    public Optional<Stored<VisitRecord>> latestOf(GuardedCase on, String coachKey) {
        guard.require(on, VISITS, VIEW);
        return visits.latestOf(on.caseId(), coachKey);
    }

    /** The newest visit that left a hand-over (引き継ぎ事項), for the coach who visits next. */
    public Optional<Stored<VisitRecord>> latestHandOver(GuardedCase on) {
        guard.require(on, VISITS, VIEW);
        return visits.latestHandOver(on.caseId());
    }

    /**
     * The planned visits dated within {@code days}, earliest first (at most {@link #PLANNED_MAX}), each judged against
     * the visits recorded in its week ({@link VisitSchedule}): two statements, whatever the history.
     */
    public List<VisitSchedule.Entry> schedule(GuardedCase on, DateRange days) {
        guard.require(on, VISITS, VIEW);
        List<Stored<PlannedVisit>> within = planned.within(on.caseId(), days, PLANNED_MAX);
        List<LocalDate> visitDays = VisitSchedule.span(within).map(span -> visits.daysWithin(on.caseId(), span))
                .orElse(List.of());
        return VisitSchedule.judge(within, visitDays, on.today());
    }

    /** {@link #schedule} for {@code GET …/visits/planned}: the given days, else those the visits page lists. */
    public List<VisitSchedule.Entry> schedule(long caseId, LocalDate from, LocalDate to) {
        GuardedCase on = guard.require(caseId, VISITS, VIEW);
        DateRange standard = window(on, plans.currentTimeline(caseId).orElse(PlanTimeline.empty()));
        DateRange days = new DateRange(from == null ? standard.start() : from, to == null ? standard.end() : to);
        if (days.end().isBefore(days.start())) {
            throw new ValidationException(List.of(new FieldError("to", Check.NOT_BEFORE, new FieldLabel("from"))));
        }
        return schedule(on, days);
    }

    /**
     * The days the visits page lists planned visits for: the plan's phases, and {@link #PLANNED_WEEKS_BACK} weeks back
     * to {@link #PLANNED_WEEKS_AHEAD} weeks ahead of today, whichever reaches further.
     */
    private static DateRange window(GuardedCase on, PlanTimeline timeline) {
        LocalDate start = on.today().minusWeeks(PLANNED_WEEKS_BACK);
        LocalDate end = on.today().plusWeeks(PLANNED_WEEKS_AHEAD);
        for (var phase : timeline.planned()) {
            DateRange dates = timeline.dates(phase).orElseThrow();
            start = dates.start().isBefore(start) ? dates.start() : start;
            end = dates.end().isAfter(end) ? dates.end() : end;
        }
        return new DateRange(start, end);
    }

    public Stored<PlannedVisit> plan(long caseId, PlannedVisit value) {
        GuardedCase on = guard.require(caseId, VISITS, EDIT);
        ValidationException.throwIfAny(value.validate(centerCoaches(on), on.stored().value().returnDate()));
        return writes.run(() -> {
            Stored<PlannedVisit> created = planned.create(caseId, value);
            audit.record(on, AuditAction.CREATE, VISITS, PLANNED_RECORD, created.id(), FieldChanges.filled(value));
            return created;
        });
    }

    /** Moves a planned visit to another day or coach, or changes its note. */
    public Stored<PlannedVisit> replan(long caseId, long id, int version, PlannedVisit value) {
        GuardedCase on = guard.require(caseId, VISITS, EDIT);
        PlannedVisit before = existingPlanned(caseId, id).value();
        ValidationException.throwIfAny(value.validate(centerCoaches(on), on.stored().value().returnDate()));
        return writes.versioned(() -> {
            Stored<PlannedVisit> updated = planned.update(id, version, value);
            audit.record(on, AuditAction.UPDATE, VISITS, PLANNED_RECORD, id, FieldChanges.between(before, value));
            return updated;
        }, () -> existingPlanned(caseId, id));
    }

    /** Cancels a planned visit: it is gone from the schedule and from planned against done. */
    public void cancelPlanned(long caseId, long id, int version) {
        GuardedCase on = guard.require(caseId, VISITS, EDIT);
        existingPlanned(caseId, id);
        writes.versioned(() -> {
            planned.delete(id, version);
            audit.record(on, AuditAction.DELETE, VISITS, PLANNED_RECORD, id, List.of());
            return null;
        }, () -> existingPlanned(caseId, id));
    }

    public Stored<PlannedVisit> getPlanned(long caseId, long id) {
        guard.require(caseId, VISITS, VIEW);
        return existingPlanned(caseId, id);
    }

    private static Set<String> centerCoaches(GuardedCase on) {
        return on.team().members().stream().filter(member -> member.role() == CaseRole.CENTER_COACH)
                .map(TeamMember::userKey).collect(Collectors.toSet());
    }

    private Stored<PlannedVisit> existingPlanned(long caseId, long id) {
        return planned.find(id).filter(stored -> stored.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException(PLANNED_RECORD + " " + id));
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
        return tallies(on, timeline, plannedWithin(on, timeline));
    }

    /**
     * The planned visits of the plan's phases, judged, for the counts every member sees (HR included: the counts, never
     * the visits); nothing is read without phases.
     */
    private List<VisitSchedule.Entry> plannedWithin(GuardedCase on, PlanTimeline timeline) {
        if (timeline.planned().isEmpty()) {
            return List.of();
        }
        List<Stored<PlannedVisit>> within = planned.within(on.caseId(), window(on, timeline), PLANNED_MAX);
        List<LocalDate> visitDays = VisitSchedule.span(within).map(span -> visits.daysWithin(on.caseId(), span))
                .orElse(List.of());
        return VisitSchedule.judge(within, visitDays, on.today());
    }

    private List<VisitTally> tallies(GuardedCase on, PlanTimeline timeline, List<VisitSchedule.Entry> schedule) {
        return VisitTally.perPhase(timeline, on.stored().value().supports(),
                dates -> visits.countWithin(on.caseId(), dates), schedule);
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
