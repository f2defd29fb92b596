package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.TASK_ANALYSIS;
import static jp.jobcoach.workspace.domain.DataCategory.WORKLOAD;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.workload.CaseCapacity;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WeekTrend;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.workload.WorkloadRights;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.domain.workload.WorkloadSignals;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.TaskAnalysisStore;
import jp.jobcoach.workspace.store.WorkloadStore;

/**
 * The worker's weekly workload against the capacity the accommodations allow (WORKLOAD): the week view with its
 * signals and 12-week trend, the plan, the actuals and the carry-over. Who writes what is {@link WorkloadRights}; HR
 * sees hours and signals without the tasks. A read is the same five statements whatever the case's history: the
 * case and its team (the guard), the weeks of the trend and their tasks, the accommodations and their steps; for a
 * viewer who also sees TASK_ANALYSIS, one more: the titles of the case's analyses, which name a task's linked analysis.
 * A task links only an analysis of its own case; one who does not see the analyses keeps each task's link as it is.
 * Writes are versioned per week and audited with field names only.
 */
@Named
public class WorkloadService {
    static final String RECORD = "work-week";
    public static final String PLAN_BY = "jobcoach.workload.refused.plan";
    public static final String ACTUALS_BY = "jobcoach.workload.refused.actuals";
    /** A task names an analysis that is not one of this case's. */
    public static final String UNKNOWN_ANALYSIS = "jobcoach.validation.workload.unknown-analysis";
    /** One who does not see the case's task analyses changed a task's link to one. */
    public static final String ANALYSIS_HIDDEN = "jobcoach.validation.workload.analysis-hidden";

    private final CaseGuard guard;
    private final WorkloadStore weeks;
    private final AccommodationStore accommodations;
    private final TaskAnalysisStore analyses;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public WorkloadService(CaseGuard guard, WorkloadStore weeks, AccommodationStore accommodations,
                           TaskAnalysisStore analyses, AuditLog audit, Writes writes, TimeSource time) {
        this.guard = guard;
        this.weeks = weeks;
        this.accommodations = accommodations;
        this.analyses = analyses;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
    }

    /** The week {@code day} falls in (this week when null), as the actor may see it. */
    public WeekOverview week(long caseId, LocalDate day) {
        return week(guard.require(caseId, WORKLOAD, VIEW), day);
    }

    public WeekOverview week(GuardedCase on, LocalDate day) {
        guard.require(on, WORKLOAD, VIEW);
        LocalDate today = time.today();
        LocalDate start = WorkWeek.weekOf(day == null ? today : day);
        List<Stored<WorkWeek>> span = weeks.weeks(on.caseId(),
                WeekTrend.firstWeek(start).minusWeeks(WorkloadSignals.WEEKS_BEFORE), start);
        CaseCapacity capacity = capacity(on);
        Optional<Stored<WorkWeek>> stored = span.stream().filter(week -> week.value().start().equals(start)).findFirst();
        WorkWeek shown = stored.map(Stored::value).orElseGet(() -> WorkWeek.empty(start));
        List<WorkWeek> values = span.stream().map(Stored::value).toList();
        List<WorkloadSignal> signals = WorkloadSignals.of(shown, values, capacity, today);
        List<CapacityLimits> limits = IntStream.range(0, WorkWeek.DAYS).mapToObj(index -> capacity.limitsOn(shown.day(index)))
                .toList();
        boolean seesTasks = WorkloadRights.seesTasks(on.actorRoles());
        Map<Long, String> analysisTitles = seesTasks && on.may(TASK_ANALYSIS, VIEW) ? analyses.titles(on.caseId()) : Map.of();
        return new WeekOverview(on, start, today, seesTasks ? stored : stored.map(WorkloadService::withoutTasks),
                limits, capacity.weekCapacity(start), seesTasks ? signals : summaries(signals),
                WeekTrend.of(start, values, capacity), seesTasks, WorkloadRights.writesPlan(on.actorRoles()),
                WorkloadRights.entersActuals(on.actorRoles()), WorkloadRights.carriesOver(on.actorRoles()),
                on.may(TASK_ANALYSIS, VIEW), analysisTitles);
    }

    /**
     * The signals of now for the case panel: those of this week, and last week's about hours worked (its actuals are
     * the latest entered); empty for a viewer who may not see the workload.
     */
    public List<WorkloadSignal> currentSignals(GuardedCase on) {
        return on.may(WORKLOAD, VIEW) ? currentSignals(on, capacity(on)) : List.of();
    }

    /** As {@link #currentSignals(GuardedCase)}, with the case's accommodations the caller has already read. */
    public List<WorkloadSignal> currentSignals(GuardedCase on, List<jp.jobcoach.workspace.domain.Accommodation> read) {
        return on.may(WORKLOAD, VIEW) ? currentSignals(on, new CaseCapacity(read)) : List.of();
    }

    private List<WorkloadSignal> currentSignals(GuardedCase on, CaseCapacity capacity) {
        LocalDate today = time.today();
        LocalDate start = WorkWeek.weekOf(today);
        List<WorkWeek> span = weeks.weeks(on.caseId(), start.minusWeeks(WorkloadSignals.WEEKS_BEFORE + 1), start)
                .stream().map(Stored::value).toList();
        WorkWeek current = span.stream().filter(week -> week.start().equals(start)).findFirst()
                .orElseGet(() -> WorkWeek.empty(start));
        List<WorkloadSignal> signals = new java.util.ArrayList<>(WorkloadSignals.of(current, span, capacity, today));
        span.stream().filter(week -> week.start().equals(start.minusWeeks(1))).findFirst()
                .ifPresent(last -> WorkloadSignals.of(last, span, capacity, today).stream()
                        .filter(signal -> signal.kind() == WorkloadSignal.Kind.ACTUAL_OVER_CAP
                                || signal.kind() == WorkloadSignal.Kind.OVERTIME)
                        .forEach(signals::add));
        return WorkloadRights.seesTasks(on.actorRoles()) ? List.copyOf(signals) : summaries(signals);
    }

    /**
     * Plans the week starting {@code start}: a new week with version 0, a stored one at its version. A task that
     * names its id is the stored task changed; one without is added; a stored task left out is removed.
     *
     * @throws AccessDeniedException unless the actor writes the plan ({@link WorkloadRights#writesPlan})
     * @throws ValidationException   for an invalid plan, a task of another week, or an assigner not on the team
     * @throws StaleVersionException when the week changed (or was created) since {@code version}
     */
    public Stored<WorkWeek> plan(long caseId, LocalDate start, int version, List<Double> plannedHours,
                                 List<WeekTask> tasks, String note) {
        GuardedCase on = guard.require(caseId, WORKLOAD, VIEW);
        if (!WorkloadRights.writesPlan(on.actorRoles())) {
            throw new AccessDeniedException("workload plan on case " + caseId, PLAN_BY);
        }
        guard.require(on, WORKLOAD, EDIT);
        ValidationException.throwIfAny(new Check().required("start", start).errors());
        Optional<Stored<WorkWeek>> stored = weeks.week(caseId, start);
        WorkWeek before = stored.map(Stored::value).orElseGet(() -> WorkWeek.empty(start));
        // a task without its assigner is given by whoever plans it
        List<WeekTask> assigned = tasks.stream().map(task -> task.assignedBy() == null || task.assignedBy().isBlank()
                ? new WeekTask(task.id(), task.title(), task.estimatedHours(), task.due(), on.actorKey(),
                task.taskAnalysisId(), task.outcome(), task.carriedFrom()) : task).toList();
        WorkWeek after = before.replan(plannedHours, assigned, note);
        Check check = new Check();
        for (int index = 0; index < after.tasks().size(); index++) {
            String assigner = after.tasks().get(index).assignedBy();
            check.failIf(assigner != null && !assigner.isBlank() && on.team().rolesOf(assigner).isEmpty(),
                    "tasks[" + index + "].assignedBy", WorkWeek.NOT_A_MEMBER, assigner);
        }
        checkLinks(on, before, after, check);
        ValidationException.throwIfAny(concat(after.validatePlan(), check.errors()));
        return save(on, stored, version, before, after);
    }

    /**
     * Enters the week's actuals: hours worked per day and the outcome of the tasks named. A week without a plan may
     * get its hours (version 0), not outcomes.
     *
     * @throws AccessDeniedException unless the actor enters actuals ({@link WorkloadRights#entersActuals})
     */
    public Stored<WorkWeek> actuals(long caseId, LocalDate start, int version, List<Double> actualHours,
                                    Map<Long, TaskOutcome> outcomes) {
        GuardedCase on = guard.require(caseId, WORKLOAD, VIEW);
        if (!WorkloadRights.entersActuals(on.actorRoles())) {
            throw new AccessDeniedException("workload actuals on case " + caseId, ACTUALS_BY);
        }
        ValidationException.throwIfAny(new Check().required("start", start)
                .failIf(start != null && !start.equals(WorkWeek.weekOf(start)), "start", WorkWeek.NOT_A_MONDAY).errors());
        Optional<Stored<WorkWeek>> stored = weeks.week(caseId, start);
        WorkWeek before = stored.map(Stored::value).orElseGet(() -> WorkWeek.empty(start));
        WorkWeek after = before.withActuals(actualHours, outcomes);
        return save(on, stored, version, before, after);
    }

    /**
     * Carries the week's open tasks over to the next week in one action: each is marked carried over here and added,
     * open, to the next week (made if it has no record yet). Both weeks are written in one transaction.
     *
     * @throws StaleVersionException with this week as it is now, when it changed since {@code version}
     */
    public CarriedOver carryOver(long caseId, LocalDate start, int version) {
        GuardedCase on = guard.require(caseId, WORKLOAD, VIEW);
        if (!WorkloadRights.carriesOver(on.actorRoles())) {
            throw new AccessDeniedException("workload carry-over on case " + caseId, PLAN_BY);
        }
        Stored<WorkWeek> from = weeks.week(caseId, start).orElseThrow(() -> new NotFoundException(RECORD + " " + start));
        LocalDate next = start.plusWeeks(1);
        Optional<Stored<WorkWeek>> into = weeks.week(caseId, next);
        WorkWeek.CarryOver moved = from.value().carryOverInto(into.map(Stored::value).orElseGet(() -> WorkWeek.empty(next)));
        return writes.versioned(() -> {
            Stored<WorkWeek> updated = weeks.update(from.id(), version, moved.from());
            Stored<WorkWeek> received = into.isPresent() ? weeks.update(into.get().id(), into.get().version(), moved.into())
                    : weeks.create(caseId, moved.into());
            audit.record(on, AuditAction.UPDATE, WORKLOAD, RECORD, updated.id(), List.of("tasks"));
            audit.record(on, into.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, WORKLOAD, RECORD, received.id(),
                    List.of("tasks"));
            return new CarriedOver(updated, received, moved.carried());
        }, () -> weeks.week(caseId, start).orElse(null));
    }

    /** Weeks read at a time by an export, so no query is unbounded. */
    static final int EXPORT_CHUNK = 100;

    /**
     * What an export of the workload may hold, decided (and audited as an export) before anything is sent, so a refusal
     * is still a 404 or 403.
     *
     * @param seesTasks    false for HR: the hours only, no task (and no title) of any week
     * @param seesAnalyses whether the linked analyses are named by title
     * @param analyses     the titles of the case's analyses by id; empty unless {@code seesAnalyses}
     */
    public record Export(GuardedCase on, boolean seesTasks, boolean seesAnalyses, Map<Long, String> analyses) {
    }

    public Export startExport(long caseId) {
        GuardedCase on = guard.require(caseId, WORKLOAD, VIEW);
        audit.record(on, AuditAction.EXPORT, WORKLOAD, RECORD, caseId, List.of());
        boolean seesTasks = WorkloadRights.seesTasks(on.actorRoles());
        boolean seesAnalyses = seesTasks && on.may(TASK_ANALYSIS, VIEW);
        return new Export(on, seesTasks, seesAnalyses, seesAnalyses ? analyses.titles(caseId) : Map.of());
    }

    /** Every week of the case's workload {@link #startExport} let the actor export, oldest first, read in chunks. */
    public void export(Export export, java.util.function.Consumer<Stored<WorkWeek>> each) {
        GuardedCase on = export.on();
        guard.require(on, WORKLOAD, VIEW);
        List<Stored<WorkWeek>> next = weeks.page(on.caseId(), null, EXPORT_CHUNK);
        while (!next.isEmpty()) {
            next.forEach(week -> each.accept(export.seesTasks() ? week : withoutTasks(week)));
            next = next.size() < EXPORT_CHUNK ? List.of()
                    : weeks.page(on.caseId(), next.get(next.size() - 1).value().start(), EXPORT_CHUNK);
        }
    }

    /** The two weeks after a carry-over, and how many tasks moved. */
    public record CarriedOver(Stored<WorkWeek> from, Stored<WorkWeek> into, int carried) {
    }

    private Stored<WorkWeek> save(GuardedCase on, Optional<Stored<WorkWeek>> stored, int version, WorkWeek before,
                                  WorkWeek after) {
        long caseId = on.caseId();
        LocalDate start = after.start();
        if (stored.isEmpty() && version != 0) {
            throw new NotFoundException(RECORD + " " + start);
        }
        if (stored.isPresent() && version == 0) {
            throw new StaleVersionException(stored.get());
        }
        return writes.versioned(() -> {
            Stored<WorkWeek> written = stored.isEmpty() ? weeks.create(caseId, after) : weeks.update(stored.get().id(), version, after);
            audit.record(on, stored.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, WORKLOAD, RECORD, written.id(),
                    stored.isEmpty() ? FieldChanges.filled(after) : FieldChanges.between(before, after));
            return written;
        }, () -> weeks.week(caseId, start).orElse(null));
    }

    /**
     * Each task's linked analysis must be one of this case's: checked against their titles (one statement, only when
     * some task names one). One who does not see TASK_ANALYSIS may not see which analyses exist, so they keep every
     * link as stored (a new task links none); a change is refused, naming the task's field.
     */
    private void checkLinks(GuardedCase on, WorkWeek before, WorkWeek after, Check check) {
        List<WeekTask> tasks = after.tasks();
        if (!on.may(TASK_ANALYSIS, VIEW)) {
            Map<Long, Long> stored = new java.util.HashMap<>();
            before.tasks().forEach(task -> stored.put(task.id(), task.taskAnalysisId()));
            for (int index = 0; index < tasks.size(); index++) {
                WeekTask task = tasks.get(index);
                Long was = task.id() == null ? null : stored.get(task.id());
                check.failIf(!java.util.Objects.equals(was, task.taskAnalysisId()), "tasks[" + index + "].taskAnalysisId",
                        ANALYSIS_HIDDEN);
            }
            return;
        }
        if (tasks.stream().allMatch(task -> task.taskAnalysisId() == null)) {
            return;
        }
        Map<Long, String> titles = analyses.titles(on.caseId());
        for (int index = 0; index < tasks.size(); index++) {
            Long linked = tasks.get(index).taskAnalysisId();
            check.failIf(linked != null && !titles.containsKey(linked), "tasks[" + index + "].taskAnalysisId",
                    UNKNOWN_ANALYSIS, String.valueOf(linked));
        }
    }

    /** The limits the accommodations set, read with them: every WORKLOAD viewer also views ACCOMMODATIONS. */
    private CaseCapacity capacity(GuardedCase on) {
        return new CaseCapacity(accommodations.forCase(on.caseId()).stream().map(Stored::value).toList());
    }

    private static Stored<WorkWeek> withoutTasks(Stored<WorkWeek> stored) {
        WorkWeek week = stored.value();
        return new Stored<>(stored.id(), stored.caseId(), stored.version(),
                new WorkWeek(week.start(), week.plannedHours(), week.actualHours(), List.of(), null));
    }

    private static List<WorkloadSignal> summaries(List<WorkloadSignal> signals) {
        return signals.stream().map(WorkloadSignal::summary).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * A week as the actor sees it, with the capacity each day allows and the week's signals and trend.
     *
     * @param week         empty when the week has no record yet; without tasks and note for a viewer who sees the summary
     * @param dayLimits    the limits in force on each day, Monday first
     * @param weekCapacity the hours the week allows; null when nothing limits it
     * @param seesTasks    false for HR: hours and signals only
     * @param seesAnalyses whether the viewer sees the case's task analyses (TASK_ANALYSIS), and so which one a task links
     * @param analyses     the titles of the case's analyses by id, oldest first; empty unless the viewer sees tasks and
     *                     analyses
     */
    public record WeekOverview(GuardedCase on, LocalDate start, LocalDate today, Optional<Stored<WorkWeek>> week,
                               List<CapacityLimits> dayLimits, Double weekCapacity, List<WorkloadSignal> signals,
                               WeekTrend trend, boolean seesTasks, boolean writesPlan, boolean entersActuals,
                               boolean carriesOver, boolean seesAnalyses, Map<Long, String> analyses) {
        public WorkWeek value() {
            return week.map(Stored::value).orElseGet(() -> WorkWeek.empty(start));
        }

        public int version() {
            return week.map(Stored::version).orElse(0);
        }
    }
}
