package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W1;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W2;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.days;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.notEntered;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.task;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.week;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.DomainBundles;
import jp.jobcoach.workspace.domain.FieldError;
import org.junit.Test;

public class WorkWeekTest {
    private static final WorkWeek PLANNED = week(W1, days(6.0, 6.0, 6.0, 6.0, 6.0), notEntered(),
            task(1, "請求書の入力", 4, W1.plusDays(2), TaskOutcome.OPEN),
            task(2, "月次の集計", 6, W1.plusDays(4), TaskOutcome.OPEN));

    @Test
    public void aPlanIsValidatedWhole() {
        assertEquals(List.of(), PLANNED.validatePlan());
        WorkWeek wrong = new WorkWeek(W1.plusDays(1), days(-1.0, 30.0, 6.1, null), notEntered(),
                List.of(new WeekTask(null, " ", 0, W1.minusDays(3), null, null, null, null)), "x".repeat(Check.LONG_TEXT_MAX + 1));
        List<FieldError> errors = wrong.validatePlan();
        assertHasError(errors, "start", WorkWeek.NOT_A_MONDAY);
        assertHasError(errors, "plannedHours[0]", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(errors, "plannedHours[1]", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(errors, "plannedHours[2]", CapacityLimits.NOT_QUARTER_HOURS);
        assertHasError(errors, "plannedHours[3]", Check.REQUIRED);
        assertHasError(errors, "note", Check.TOO_LONG);
        assertHasError(errors, "tasks[0].title", Check.REQUIRED);
        assertHasError(errors, "tasks[0].estimatedHours", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertHasError(errors, "tasks[0].due", WeekTask.DUE_BEFORE_WEEK);
        assertHasError(errors, "tasks[0].assignedBy", Check.REQUIRED);
        assertHasError(new WorkWeek(W1, List.of(6.0), notEntered(), List.of(), null).validatePlan(), "plannedHours",
                WorkWeek.SEVEN_DAYS);
        List<WeekTask> many = new ArrayList<>(Collections.nCopies(WorkWeek.MOST_TASKS + 1,
                WeekTask.planned("t", 1, W1, "SUPERVISOR")));
        assertHasError(WorkWeek.planned(W1, days(), many, null).validatePlan(), "tasks", WorkWeek.TOO_MANY_TASKS);
    }

    @Test
    public void aTaskMayBeDueAfterTheWeekButNotBeforeIt() {
        assertEquals(List.of(), WorkWeek.planned(W1, days(), List.of(WeekTask.planned("t", 1, W2.plusDays(3), "S")), null)
                .validatePlan());
        assertEquals(List.of(), WorkWeek.planned(W1, days(), List.of(WeekTask.planned("t", 1, W1, "S")), null).validatePlan());
    }

    @Test
    public void hostileTextIsKeptAsTyped() {
        for (String hostile : DomainBundles.HOSTILE) {
            WorkWeek week = WorkWeek.planned(W1, days(), List.of(WeekTask.planned(hostile, 1, W1, hostile)), hostile);
            assertEquals(List.of(), week.validatePlan());
            assertEquals(hostile, week.tasks().get(0).title());
            assertEquals(hostile, week.note());
        }
    }

    @Test
    public void replanningKeepsOutcomesAddsAndRemovesTasks() {
        WorkWeek entered = PLANNED.withActuals(days(6.0), Map.of(1L, TaskOutcome.DONE));
        WorkWeek replanned = entered.replan(days(5.0, 5.0), List.of(
                new WeekTask(1L, "請求書の入力（修正）", 3, W1.plusDays(2), "SUPERVISOR", 42L, TaskOutcome.OPEN, null),
                WeekTask.planned("新しい業務", 2, W1.plusDays(3), "IN_COMPANY_COACH")), "メモ");
        assertEquals(2, replanned.tasks().size());
        assertEquals("the outcome stays as entered", TaskOutcome.DONE, replanned.tasks().get(0).outcome());
        assertEquals("請求書の入力（修正）", replanned.tasks().get(0).title());
        assertEquals(Long.valueOf(42), replanned.tasks().get(0).taskAnalysisId());
        assertEquals(null, replanned.tasks().get(1).id());
        assertEquals("the actuals stay", days(6.0), replanned.actualHours());
        assertEquals(10.0, replanned.plannedTotal(), 0);
        assertRefused(() -> PLANNED.replan(days(), List.of(new WeekTask(99L, "t", 1, W1, "S", null, null, null)), null),
                "tasks[0].id", WorkWeek.UNKNOWN_TASK);
    }

    @Test
    public void actualsNameOnlyTheWeeksTasksAndKeepTheirHoursInRange() {
        WorkWeek entered = PLANNED.withActuals(days(6.0, 6.5, null), Map.of(2L, TaskOutcome.HANDED_BACK));
        assertEquals(12.5, entered.actualTotal(), 0);
        assertTrue(entered.hasActuals());
        assertFalse(PLANNED.hasActuals());
        assertEquals(TaskOutcome.HANDED_BACK, entered.tasks().get(1).outcome());
        assertEquals("the other task keeps its outcome", TaskOutcome.OPEN, entered.tasks().get(0).outcome());
        assertEquals(1, entered.openTasks());
        assertRefused(() -> PLANNED.withActuals(days(), Map.of(7L, TaskOutcome.DONE)), "outcomes[7]", WorkWeek.UNKNOWN_TASK);
        assertRefused(() -> PLANNED.withActuals(days(-0.5), Map.of()), "actualHours[0]", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertRefused(() -> PLANNED.withActuals(days(30.0), Map.of()), "actualHours[0]", CapacityLimits.HOURS_OUT_OF_RANGE);
        assertRefused(() -> PLANNED.withActuals(List.of(1.0), Map.of()), "actualHours", WorkWeek.SEVEN_DAYS);
    }

    @Test
    public void carryOverMarksTheOpenTasksAndOpensThemNextWeekInOneAction() {
        WorkWeek entered = PLANNED.withActuals(days(6.0), Map.of(1L, TaskOutcome.DONE));
        WorkWeek.CarryOver moved = entered.carryOverInto(WorkWeek.empty(W2));
        assertEquals(1, moved.carried());
        assertEquals(List.of(TaskOutcome.DONE, TaskOutcome.CARRIED_OVER),
                moved.from().tasks().stream().map(WeekTask::outcome).toList());
        WeekTask copy = moved.into().tasks().get(0);
        assertEquals("月次の集計", copy.title());
        assertEquals(TaskOutcome.OPEN, copy.outcome());
        assertEquals("its due day is kept", W1.plusDays(4), copy.due());
        assertEquals(W1, copy.carriedFrom());
        assertEquals(null, copy.id());
        assertEquals("a carried task is valid in the later week although due before it", List.of(), moved.into().validatePlan());
        assertEquals("carried twice, it names where it came from first", W1,
                moved.into().tasks().get(0).withId(5).carriedInto(W2).carriedFrom());
        assertRefused(() -> moved.from().carryOverInto(moved.into()), "tasks", WorkWeek.NOTHING_TO_CARRY);
        assertEquals("the open count still counts the carried task once per week", 1, moved.from().openTasks());
    }

    @Test
    public void weeksStartOnMonday() {
        assertEquals(W1, WorkWeek.weekOf(W1));
        assertEquals(W1, WorkWeek.weekOf(W1.plusDays(6)));
        assertEquals(W2, WorkWeek.weekOf(W1.plusDays(7)));
        assertEquals(LocalDate.of(2026, 4, 12), PLANNED.end());
    }
}
