package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal.Kind;
import org.junit.Test;

/** The workload through its service: who writes what, validation that changes nothing, versions, audit, signals. */
public class WorkloadServiceTest extends ServiceTestSupport {
    /** The Monday of {@link #TODAY}'s week (1 April 2026 is a Wednesday). */
    private static final LocalDate WEEK = WorkWeek.weekOf(TODAY);
    private static final List<Double> SIX_HOURS = Arrays.asList(6.0, 6.0, 6.0, 6.0, 6.0, 0.0, 0.0);

    private static List<Double> days(Double... hours) {
        List<Double> seven = new ArrayList<>(Arrays.asList(hours));
        while (seven.size() < 7) {
            seven.add(0.0);
        }
        return seven;
    }

    private static WeekTask task(String title, LocalDate due) {
        return WeekTask.planned(title, 4, due, keyOf(CaseRole.SUPERVISOR));
    }

    private Stored<WorkWeek> planned() {
        actAs(CaseRole.SUPERVISOR);
        return workload.plan(caseId, WEEK, 0, SIX_HOURS, List.of(task("請求書の入力", WEEK.plusDays(4)),
                task("月次の集計", WEEK.plusDays(1))), "無理のない範囲で");
    }

    private List<AuditEntry> workloadAudit() {
        return auditStore.forCase(caseId, 0, 100).stream().filter(entry -> entry.category().equals("WORKLOAD")).toList();
    }

    @Test
    public void theSupervisorPlansAndTheWorkerSeesAndEntersTheActuals() {
        Stored<WorkWeek> plan = planned();
        assertEquals(1, plan.version());

        actAs(CaseRole.WORKER);
        WorkloadService.WeekOverview seen = workload.week(caseId, TODAY);
        assertEquals(WEEK, seen.start());
        assertEquals(plan, seen.week().orElseThrow());
        assertTrue(seen.seesTasks());
        assertFalse("the worker does not write the plan", seen.writesPlan());
        assertTrue(seen.entersActuals());
        long invoice = plan.value().tasks().get(0).id();
        Stored<WorkWeek> entered = workload.actuals(caseId, WEEK, 1, days(6.0, 5.5, null),
                Map.of(invoice, TaskOutcome.DONE));
        assertEquals(2, entered.version());
        assertEquals(TaskOutcome.DONE, entered.value().tasks().get(0).outcome());
        assertEquals("the plan stays as written", plan.value().plannedHours(), entered.value().plannedHours());

        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals(3, workload.actuals(caseId, WEEK, 2, days(6.0, 5.5, 6.0), Map.of()).version());
    }

    @Test
    public void eachRoleWritesOnlyItsPart() {
        Stored<WorkWeek> plan = planned();
        for (CaseRole role : List.of(CaseRole.WORKER, CaseRole.HR, CaseRole.COUNSELOR, CaseRole.OCCUPATIONAL_HEALTH)) {
            actAs(role);
            AccessDeniedException refused = assertThrows(role.name(), AccessDeniedException.class,
                    () -> workload.plan(caseId, WEEK, 1, SIX_HOURS, List.of(), null));
            assertEquals(WorkloadService.PLAN_BY, refused.messageKey());
        }
        for (CaseRole role : List.of(CaseRole.SUPERVISOR, CaseRole.CENTER_COACH, CaseRole.HR, CaseRole.COUNSELOR)) {
            actAs(role);
            AccessDeniedException refused = assertThrows(role.name(), AccessDeniedException.class,
                    () -> workload.actuals(caseId, WEEK, 1, days(9.0), Map.of()));
            assertEquals(WorkloadService.ACTUALS_BY, refused.messageKey());
        }
        actAs(CaseRole.CENTER_COACH);
        assertEquals(2, workload.plan(caseId, WEEK, 1, SIX_HOURS, plan.value().tasks(), "コーチが修正").version());
        actAs(CaseRole.HR);
        assertThrows(AccessDeniedException.class, () -> workload.carryOver(caseId, WEEK, 2));
        assertEquals("nothing changed by the refusals", 2, workloadAudit().size());
    }

    @Test
    public void aNonMemberIsToldNothingExists() {
        planned();
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> workload.week(caseId, TODAY));
        assertThrows(NotFoundException.class, () -> workload.actuals(caseId, WEEK, 1, days(), Map.of()));
        assertThrows(NotFoundException.class, () -> workload.plan(caseId, WEEK, 1, SIX_HOURS, List.of(), null));
    }

    @Test
    public void hrSeesTheHoursAndSignalsButNotTheTasks() {
        planned();
        actAs(CaseRole.HR);
        WorkloadService.WeekOverview seen = workload.week(caseId, TODAY);
        assertFalse(seen.seesTasks());
        WorkWeek week = seen.week().orElseThrow().value();
        assertEquals(SIX_HOURS, week.plannedHours());
        assertEquals(List.of(), week.tasks());
        assertNull(week.note());
        WorkloadSignal holding = seen.signals().stream().filter(signal -> signal.kind() == Kind.HOLDING_ON)
                .findFirst().orElseThrow();
        assertEquals("HR gets the reason without the titles", List.of(), holding.tasks());
        assertEquals(List.of(1L, WEEK.plusDays(1)), holding.args());
        actAs(CaseRole.SUPERVISOR);
        assertEquals(List.of("月次の集計"), workload.week(caseId, TODAY).signals().stream()
                .filter(signal -> signal.kind() == Kind.HOLDING_ON).findFirst().orElseThrow().tasks());
    }

    @Test
    public void badInputIsRefusedAndChangesNothing() {
        Stored<WorkWeek> plan = planned();
        actAs(CaseRole.SUPERVISOR);
        ValidationException negative = assertThrows(ValidationException.class,
                () -> workload.plan(caseId, WEEK, 1, days(-2.0, 30.0), List.of(), null));
        assertHasError(negative.errors(), "plannedHours[0]", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(negative.errors(), "plannedHours[1]", CapacityLimits.HOURS_OUT_OF_RANGE);
        ValidationException early = assertThrows(ValidationException.class,
                () -> workload.plan(caseId, WEEK, 1, SIX_HOURS, List.of(task("前の週", WEEK.minusDays(1))), null));
        assertHasError(early.errors(), "tasks[0].due", WeekTask.DUE_BEFORE_WEEK);
        ValidationException unknown = assertThrows(ValidationException.class, () -> workload.plan(caseId, WEEK, 1,
                SIX_HOURS, List.of(new WeekTask(999_999L, "t", 1, WEEK, "SUPERVISOR", null, null, null)), null));
        assertHasError(unknown.errors(), "tasks[0].id", WorkWeek.UNKNOWN_TASK);
        String megabyte = "業".repeat(1_000_000);
        ValidationException huge = assertThrows(ValidationException.class,
                () -> workload.plan(caseId, WEEK, 1, SIX_HOURS, List.of(task(megabyte, WEEK)), megabyte));
        assertHasError(huge.errors(), "tasks[0].title", Check.TOO_LONG);
        assertHasError(huge.errors(), "note", Check.TOO_LONG);
        ValidationException stranger = assertThrows(ValidationException.class, () -> workload.plan(caseId, WEEK, 1,
                SIX_HOURS, List.of(WeekTask.planned("t", 1, WEEK, "stranger")), null));
        assertHasError(stranger.errors(), "tasks[0].assignedBy", WorkWeek.NOT_A_MEMBER);
        assertHasError(assertThrows(ValidationException.class, () -> workload.plan(caseId, WEEK.plusDays(1), 0, SIX_HOURS,
                List.of(), null)).errors(), "start", WorkWeek.NOT_A_MONDAY);

        actAs(CaseRole.WORKER);
        ValidationException thirty = assertThrows(ValidationException.class,
                () -> workload.actuals(caseId, WEEK, 1, days(30.0), Map.of()));
        assertHasError(thirty.errors(), "actualHours[0]", CapacityLimits.HOURS_OUT_OF_RANGE);
        ValidationException otherTask = assertThrows(ValidationException.class,
                () -> workload.actuals(caseId, WEEK, 1, days(6.0), Map.of(999_999L, TaskOutcome.DONE)));
        assertHasError(otherTask.errors(), "outcomes[999999]", WorkWeek.UNKNOWN_TASK);

        assertEquals("the week is as planned", plan, workload.week(caseId, TODAY).week().orElseThrow());
        assertEquals("only the plan was audited", 1, workloadAudit().size());
        assertTrue("the planned week is still there", workload.week(caseId, WEEK.plusDays(1)).week().isPresent());
        actAs(CaseRole.SUPERVISOR);
        assertTrue(workload.week(caseId, WEEK.plusWeeks(1)).week().isEmpty());
    }

    @Test
    public void staleWritesConflictWithTheCurrentWeek() {
        Stored<WorkWeek> plan = planned();
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, WEEK, 1, days(6.0), Map.of());
        actAs(CaseRole.SUPERVISOR);
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> workload.plan(caseId, WEEK, 1, days(8.0), plan.value().tasks(), null));
        assertEquals(2, ((Stored<?>) stale.current()).version());
        StaleVersionException created = assertThrows(StaleVersionException.class,
                () -> workload.plan(caseId, WEEK, 0, days(8.0), List.of(), null));
        assertEquals("a second first plan of the week", 2, ((Stored<?>) created.current()).version());
        actAs(CaseRole.WORKER);
        assertThrows(StaleVersionException.class, () -> workload.actuals(caseId, WEEK, 1, days(7.0), Map.of()));
        assertThrows(StaleVersionException.class, () -> workload.carryOver(caseId, WEEK, 1));
        assertEquals(days(6.0), workload.week(caseId, TODAY).value().actualHours().subList(0, 7));
    }

    @Test
    public void writesAreAuditedByFieldNameOnly() {
        Stored<WorkWeek> plan = planned();
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, WEEK, 1, days(6.0), Map.of(plan.value().tasks().get(0).id(), TaskOutcome.HANDED_BACK));
        List<AuditEntry> entries = workloadAudit();
        AuditEntry created = entries.stream().filter(entry -> entry.action() == AuditAction.CREATE).findFirst().orElseThrow();
        assertEquals(List.of("start", "plannedHours", "actualHours", "tasks", "note"), created.fields());
        AuditEntry updated = entries.stream().filter(entry -> entry.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertEquals(List.of("actualHours", "tasks"), updated.fields());
        assertEquals(keyOf(CaseRole.WORKER), updated.actorKey());
        assertEquals("work-week", updated.recordType());
    }

    @Test
    public void carryOverMovesTheOpenTasksInOneAction() {
        Stored<WorkWeek> plan = planned();
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, WEEK, 1, days(6.0), Map.of(plan.value().tasks().get(0).id(), TaskOutcome.DONE));
        WorkloadService.CarriedOver moved = workload.carryOver(caseId, WEEK, 2);
        assertEquals(1, moved.carried());
        assertEquals(List.of(TaskOutcome.DONE, TaskOutcome.CARRIED_OVER),
                moved.from().value().tasks().stream().map(WeekTask::outcome).toList());
        Stored<WorkWeek> next = workload.week(caseId, WEEK.plusWeeks(1)).week().orElseThrow();
        assertEquals(moved.into(), next);
        assertEquals("月次の集計", next.value().tasks().get(0).title());
        ValidationException again = assertThrows(ValidationException.class, () -> workload.carryOver(caseId, WEEK, 3));
        assertHasError(again.errors(), "tasks", WorkWeek.NOTHING_TO_CARRY);
        assertThrows(NotFoundException.class, () -> workload.carryOver(caseId, WEEK.plusWeeks(5), 1));
    }

    @Test
    public void signalsFollowTheAccommodationsLimitsAndReachTheCasePanel() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, new Accommodation("短時間勤務", "", List.of(AccommodationStep.planned("6h→7h",
                WEEK.plusWeeks(2), CapacityLimits.dailyHours(7))), List.of(), List.of(), "", new CapacityLimits(6.0, true, null, 5)));
        actAs(CaseRole.SUPERVISOR);
        Stored<WorkWeek> plan = workload.plan(caseId, WEEK, 0, days(6.0, 7.0, 6.0), List.of(), null);
        WorkloadService.WeekOverview seen = workload.week(caseId, TODAY);
        assertEquals(6.0, seen.dayLimits().get(1).dailyHours(), 0);
        assertEquals(30.0, seen.weekCapacity(), 0);
        WorkloadSignal over = seen.signals().get(0);
        assertEquals(Kind.PLANNED_OVER_CAPACITY, over.kind());
        assertEquals(List.of(WEEK.plusDays(1), 7.0, 6.0), over.args());
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, WEEK, plan.version(), days(6.0, 8.0), Map.of());
        for (CaseRole role : CaseRole.values()) {
            actAs(role);
            List<Kind> kinds = panels.panel(caseId).workloadSignals().stream().map(WorkloadSignal::kind).toList();
            assertEquals(role.name(), List.of(Kind.PLANNED_OVER_CAPACITY, Kind.ACTUAL_OVER_CAP), kinds);
        }
        assertEquals("without limits there is nothing to exceed", Collections.nCopies(7, CapacityLimits.NONE),
                withoutAccommodations().dayLimits());
    }

    private Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> analysisOn(long on, String title) {
        actAs(CaseRole.IN_COMPANY_COACH);
        return tasks.create(on, new jp.jobcoach.workspace.domain.task.TaskAnalysis(title, "goal", null, null, 3, null,
                TaskAnalysisServiceTest.analysis().steps()));
    }

    private static WeekTask linked(String title, Long analysisId) {
        return new WeekTask(null, title, 2, WEEK.plusDays(2), keyOf(CaseRole.SUPERVISOR), analysisId, null, null);
    }

    @Test
    public void aTaskLinksOnlyAnAnalysisOfItsOwnCaseAndShowsItsTitleToThoseWhoSeeAnalyses() {
        Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> own = analysisOn(caseId, "日報入力");
        Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> foreign = analysisOn(caseWithEveryRole().id(), "他ケースの分析");
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<WorkWeek> plan = workload.plan(caseId, WEEK, 0, SIX_HOURS, List.of(linked("日報", own.id()),
                linked("集計", null)), null);
        assertEquals(own.id(), (long) plan.value().tasks().get(0).taskAnalysisId());
        WorkloadService.WeekOverview seen = workload.week(caseId, TODAY);
        assertTrue(seen.seesAnalyses());
        assertEquals(Map.of(own.id(), "日報入力"), seen.analyses());

        int audited = workloadAudit().size();
        ValidationException other = assertThrows(ValidationException.class, () -> workload.plan(caseId, WEEK, 1, SIX_HOURS,
                List.of(plan.value().tasks().get(0), linked("別", foreign.id())), null));
        assertHasError(other.errors(), "tasks[1].taskAnalysisId", WorkloadService.UNKNOWN_ANALYSIS);
        ValidationException none = assertThrows(ValidationException.class, () -> workload.plan(caseId, WEEK, 1, SIX_HOURS,
                List.of(linked("無", 999_999L)), null));
        assertHasError(none.errors(), "tasks[0].taskAnalysisId", WorkloadService.UNKNOWN_ANALYSIS);
        assertEquals("nothing changed", plan, workload.week(caseId, TODAY).week().orElseThrow());
        assertEquals("nothing audited", audited, workloadAudit().size());

        // the supervisor and HR do not see task analyses: no titles, nor which analyses the case has
        for (CaseRole role : List.of(CaseRole.SUPERVISOR, CaseRole.HR, CaseRole.WORKER)) {
            actAs(role);
            WorkloadService.WeekOverview hidden = workload.week(caseId, TODAY);
            assertFalse(role.name(), hidden.seesAnalyses());
            assertEquals(role.name(), Map.of(), hidden.analyses());
        }
    }

    @Test
    public void oneWhoDoesNotSeeAnalysesKeepsEachLinkAsStored() {
        Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> own = analysisOn(caseId, "日報入力");
        Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> second = analysisOn(caseId, "清掃");
        actAs(CaseRole.CENTER_COACH);
        Stored<WorkWeek> plan = workload.plan(caseId, WEEK, 0, SIX_HOURS, List.of(linked("日報", own.id())), null);
        WeekTask stored = plan.value().tasks().get(0);

        actAs(CaseRole.SUPERVISOR);
        Stored<WorkWeek> kept = workload.plan(caseId, WEEK, 1, days(5.0), List.of(new WeekTask(stored.id(), "日報（改）", 3,
                stored.due(), stored.assignedBy(), own.id(), null, null), linked("新規", null)), null);
        assertEquals(own.id(), (long) kept.value().tasks().get(0).taskAnalysisId());
        assertEquals("日報（改）", kept.value().tasks().get(0).title());
        for (List<WeekTask> changed : List.of(
                List.of(new WeekTask(stored.id(), "日報", 3, stored.due(), stored.assignedBy(), second.id(), null, null)),
                List.of(new WeekTask(stored.id(), "日報", 3, stored.due(), stored.assignedBy(), null, null, null)),
                List.of(kept.value().tasks().get(0), linked("新規", own.id())))) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> workload.plan(caseId, WEEK, 2, SIX_HOURS, changed, null));
            assertHasError(refused.errors(), "tasks[" + (changed.size() - 1) + "].taskAnalysisId",
                    WorkloadService.ANALYSIS_HIDDEN);
        }
        assertEquals("nothing changed", kept, workload.week(caseId, TODAY).week().orElseThrow());
    }

    private WorkloadService.WeekOverview withoutAccommodations() {
        long other = caseWithEveryRole().id();
        actAs(CaseRole.SUPERVISOR);
        workload.plan(other, WEEK, 0, days(12.0), List.of(), null);
        WorkloadService.WeekOverview seen = workload.week(other, TODAY);
        assertEquals(List.of(), seen.signals());
        return seen;
    }
}
