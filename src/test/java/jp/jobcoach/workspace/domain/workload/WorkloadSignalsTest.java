package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.DomainBundles.assertTranslated;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W1;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W2;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W3;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W4;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.days;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.notEntered;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.task;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.week;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal.Kind;
import org.junit.Test;

/** Every signal, with its reason, and the cases that must not raise one. */
public class WorkloadSignalsTest {
    private static final LocalDate TODAY = W4.plusDays(2);
    /** 6 h a day and four days a week, lifted to 7 h from W2's Wednesday. */
    private static final CaseCapacity SIX_THEN_SEVEN = new CaseCapacity(List.of(new Accommodation("短時間勤務", "",
            List.of(AccommodationStep.planned("6h→7h", W2, CapacityLimits.dailyHours(7))), List.of(), List.of(), "",
            new CapacityLimits(6.0, null, null, 4)).liftStep(0, W2.plusDays(2), "OH", Instant.EPOCH)));
    private static final CaseCapacity NO_OVERTIME = new CaseCapacity(List.of(new Accommodation("残業禁止", "", List.of(),
            List.of(), List.of(), "", new CapacityLimits(null, true, true, null))));

    private static List<WorkloadSignal> signals(WorkWeek week, CaseCapacity capacity, WorkWeek... earlier) {
        return WorkloadSignals.of(week, List.of(earlier), capacity, TODAY);
    }

    private static List<Kind> kinds(List<WorkloadSignal> signals) {
        return signals.stream().map(WorkloadSignal::kind).toList();
    }

    private static void assertReason(WorkloadSignal signal, String key, Serializable... args) {
        assertEquals(key, signal.reasonKey());
        assertEquals(List.of(args), signal.args());
        assertTranslated(signal.reasonKey());
        assertTranslated(signal.kind().i18nKey());
    }

    @Test
    public void aDayPlannedOverTheCapInForceThatDay() {
        // W2: 6 h until Tuesday, 7 h from Wednesday on
        WorkWeek w2 = week(W2, days(6.0, 6.5, 7.0, 7.5), notEntered());
        List<WorkloadSignal> found = signals(w2, SIX_THEN_SEVEN);
        assertEquals(List.of(Kind.PLANNED_OVER_CAPACITY, Kind.PLANNED_OVER_CAPACITY), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.planned-over-capacity", W2.plusDays(1), 6.5, 6.0);
        assertEquals(W2.plusDays(1), found.get(0).day());
        assertReason(found.get(1), "jobcoach.workload.reason.planned-over-capacity", W2.plusDays(3), 7.5, 7.0);
    }

    @Test
    public void moreDaysPlannedThanAllowedAWeek() {
        WorkWeek fiveDays = week(W1, days(6.0, 6.0, 6.0, 6.0, 6.0), notEntered());
        List<WorkloadSignal> found = signals(fiveDays, SIX_THEN_SEVEN);
        assertEquals(List.of(Kind.PLANNED_OVER_CAPACITY), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.planned-over-capacity.days", 5L, 4);
        assertEquals(null, found.get(0).day());
    }

    @Test
    public void noOvertimeWithoutACapLimitsADayToTheStandardDay() {
        List<WorkloadSignal> found = signals(week(W1, days(8.0, 9.0), days(8.0, 8.0, 9.5)), NO_OVERTIME);
        assertEquals(List.of(Kind.PLANNED_OVER_CAPACITY, Kind.OVERTIME), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.planned-over-capacity.no-overtime", W1.plusDays(1), 9.0, 8.0);
        assertReason(found.get(1), "jobcoach.workload.reason.overtime", W1.plusDays(2), 9.5, 8.0);
    }

    @Test
    public void actualHoursOverTheCapAndMoreDaysWorkedThanAllowed() {
        WorkWeek worked = week(W1, days(6.0, 6.0, 6.0, 6.0), days(6.0, 7.0, 6.0, 5.0, 2.0));
        List<WorkloadSignal> found = signals(worked, SIX_THEN_SEVEN);
        assertEquals(List.of(Kind.ACTUAL_OVER_CAP, Kind.ACTUAL_OVER_CAP), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.actual-over-cap", W1.plusDays(1), 7.0, 6.0);
        assertReason(found.get(1), "jobcoach.workload.reason.actual-over-cap.days", 5L, 4);
    }

    @Test
    public void withinCapacityAndWithoutLimitsNothingIsSignalled() {
        WorkWeek fine = week(W1, days(6.0, 6.0, 6.0, 6.0), days(6.0, 5.5, 6.0, null));
        assertEquals(List.of(), signals(fine, SIX_THEN_SEVEN));
        WorkWeek long_ = week(W1, days(10.0, 10.0, 10.0, 10.0, 10.0, 10.0), days(12.0));
        assertEquals("no accommodation limits the hours", List.of(), signals(long_, CaseCapacity.none()));
    }

    @Test
    public void openTasksRisingThreeWeeksInARow() {
        WorkWeek w1 = week(W1, days(), notEntered(), task(1, "a", 1, W4.plusDays(5), TaskOutcome.OPEN));
        WorkWeek w2 = week(W2, days(), notEntered(), task(2, "a", 1, W4.plusDays(5), TaskOutcome.OPEN),
                task(3, "b", 1, W4.plusDays(5), TaskOutcome.CARRIED_OVER));
        WorkWeek w3 = week(W3, days(), notEntered(), task(4, "a", 1, W4.plusDays(5), TaskOutcome.OPEN),
                task(5, "b", 1, W4.plusDays(5), TaskOutcome.OPEN), task(6, "c", 1, W4.plusDays(5), TaskOutcome.OPEN),
                task(7, "d", 1, W4.plusDays(5), TaskOutcome.DONE));
        List<WorkloadSignal> found = signals(w3, CaseCapacity.none(), w1, w2);
        assertEquals(List.of(Kind.OPEN_TASKS_RISING), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.open-tasks-rising", W1, 1L, 2L, 3L);
        assertEquals("a flat week breaks the run", List.of(), signals(w3, CaseCapacity.none(), w2, w2.replan(days(),
                w2.tasks(), null).withActuals(notEntered(), java.util.Map.of())));
        assertEquals("a missing week breaks the run", List.of(), signals(w3, CaseCapacity.none(), w2));
        WorkWeek w3Handed = w3.withActuals(notEntered(), java.util.Map.of(6L, TaskOutcome.HANDED_BACK));
        assertEquals("handing back is not holding on", List.of(), signals(w3Handed, CaseCapacity.none(), w1, w2));
    }

    @Test
    public void tasksPastDueNotHandedBackAreHeldOn() {
        WorkWeek w3 = week(W3, days(), notEntered(), task(1, "古い業務", 2, W3.plusDays(1), TaskOutcome.CARRIED_OVER),
                task(2, "返した業務", 2, W3.plusDays(1), TaskOutcome.HANDED_BACK),
                task(3, "終えた業務", 2, W3.plusDays(1), TaskOutcome.DONE));
        WorkWeek w4 = week(W4, days(), notEntered(), new WeekTask(4L, "古い業務", 2, W3.plusDays(1), "SUPERVISOR", null,
                TaskOutcome.OPEN, W3), task(5, "今日まで", 1, TODAY, TaskOutcome.OPEN),
                task(6, "昨日まで", 1, TODAY.minusDays(1), TaskOutcome.OPEN));
        List<WorkloadSignal> found = signals(w4, CaseCapacity.none(), w3);
        assertEquals(List.of(Kind.HOLDING_ON), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.holding-on", 2L, W3.plusDays(1));
        assertEquals("the carried task counts once, due today is not past due", List.of("古い業務", "昨日まで"),
                found.get(0).tasks());
        assertEquals("the summary keeps the reason, not the titles", List.of(), found.get(0).summary().tasks());
        assertEquals(found.get(0).args(), found.get(0).summary().args());
        WorkWeek forgotten = week(W2, days(), notEntered(), task(7, "忘れた業務", 1, W2, TaskOutcome.OPEN));
        assertEquals("an open task of an earlier week counts", 3L,
                signals(w4, CaseCapacity.none(), w3, forgotten).get(0).args().get(0));
    }

    @Test
    public void aWeekPlannedAboveTheLastTwoWeeksThroughput() {
        WorkWeek w1 = week(W1, days(), days(6.0), task(1, "a", 8, W1, TaskOutcome.DONE), task(2, "b", 4, W1, TaskOutcome.HANDED_BACK));
        WorkWeek w2 = week(W2, days(), days(6.0), task(3, "c", 12, W2, TaskOutcome.DONE));
        WorkWeek w3 = week(W3, days(), notEntered(), task(4, "d", 8, W4.plusDays(6), TaskOutcome.OPEN),
                task(5, "e", 2.5, W4.plusDays(6), TaskOutcome.OPEN));
        List<WorkloadSignal> found = signals(w3, CaseCapacity.none(), w1, w2);
        assertEquals(List.of(Kind.PLANNED_ABOVE_THROUGHPUT), kinds(found));
        assertReason(found.get(0), "jobcoach.workload.reason.planned-above-throughput", 10.5, 8.0, 12.0, 10.0);
        WorkWeek w3AtThroughput = week(W3, days(), notEntered(), task(4, "d", 10, W4.plusDays(6), TaskOutcome.OPEN));
        assertEquals("planned at the throughput is fine", List.of(), signals(w3AtThroughput, CaseCapacity.none(), w1, w2));
        WorkWeek w2NotEntered = week(W2, days(), notEntered(), task(3, "c", 12, W2, TaskOutcome.OPEN));
        assertTrue("a week without actuals tells no throughput", signals(w3, CaseCapacity.none(), w1, w2NotEntered).stream()
                .noneMatch(signal -> signal.kind() == Kind.PLANNED_ABOVE_THROUGHPUT));
    }

    @Test
    public void laterWeeksDoNotCountForAnEarlierOne() {
        WorkWeek w1 = week(W1, days(), notEntered());
        WorkWeek w2 = week(W2, days(), notEntered(), task(1, "後の週", 1, W2, TaskOutcome.OPEN));
        assertEquals(List.of(), signals(w1, CaseCapacity.none(), w2));
    }

    @Test
    public void everyKindHasATranslatedLabel() {
        Stream.of(Kind.values()).forEach(kind -> assertTranslated(kind.i18nKey()));
        Stream.of(TaskOutcome.values()).forEach(outcome -> assertTranslated(outcome.i18nKey()));
    }
}
