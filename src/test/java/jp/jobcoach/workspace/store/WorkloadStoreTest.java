package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import org.junit.Before;
import org.junit.Test;

/** Workload weeks and the accommodations' capacity limits, on H2, PostgreSQL and MariaDB alike. */
public class WorkloadStoreTest extends StoreTestSupport {
    private static final LocalDate W1 = LocalDate.of(2026, 4, 6);
    private WorkloadStore store;

    @Before
    public void setUp() {
        store = new WorkloadStore(ao);
    }

    private static WorkWeek planned(LocalDate start, String... titles) {
        return WorkWeek.planned(start, Arrays.asList(6.0, 6.5, 0.25, 0.0, 7.75, 0.0, 0.0),
                Arrays.stream(titles).map(title -> new WeekTask(null, title, 2.5, start.plusDays(2), "SUPERVISOR",
                        title.length() > 3 ? 77L : null, TaskOutcome.OPEN, null)).toList(), "集中して𠮷");
    }

    @Test
    public void aWeekReadsBackAsWritten() {
        Stored<WorkWeek> created = store.create(4, planned(W1, "請求書の入力", "月次"));
        assertEquals(1, created.version());
        assertNotNull(created.value().tasks().get(0).id());
        assertEquals(created, store.week(4, W1).orElseThrow());
        assertEquals(Collections.nCopies(7, null), created.value().actualHours());
        assertEquals(Long.valueOf(77), created.value().tasks().get(0).taskAnalysisId());
        assertNull(created.value().tasks().get(1).taskAnalysisId());
        assertTrue(store.week(5, W1).isEmpty());
        assertTrue(store.week(4, W1.plusWeeks(1)).isEmpty());
    }

    @Test
    public void oneWeekPerCaseAndDay() {
        store.create(4, planned(W1));
        assertThrows(StaleWriteException.class, () -> store.create(4, planned(W1)));
    }

    @Test
    public void aHistoryIsReadAPageAtATimeOldestFirstWithItsTasks() {
        for (int week = 0; week < 5; week++) {
            store.create(4, planned(W1.plusWeeks(week), "請求書の入力", "月次"));
        }
        store.create(5, planned(W1, "別のケース"));
        List<Stored<WorkWeek>> first = store.page(4, null, 2);
        assertEquals(List.of(W1, W1.plusWeeks(1)), first.stream().map(week -> week.value().start()).toList());
        assertEquals(2, first.get(1).value().tasks().size());
        List<Stored<WorkWeek>> rest = store.page(4, first.get(1).value().start(), 10);
        assertEquals(List.of(W1.plusWeeks(2), W1.plusWeeks(3), W1.plusWeeks(4)),
                rest.stream().map(week -> week.value().start()).toList());
        assertEquals(List.of("請求書の入力", "月次"), rest.get(2).value().tasks().stream().map(WeekTask::title).toList());
        assertEquals(List.of(), store.page(4, W1.plusWeeks(4), 10));
    }

    @Test
    public void aRangeOfWeeksOldestFirst() {
        store.create(4, planned(W1.plusWeeks(2), "c"));
        store.create(4, planned(W1, "a"));
        store.create(4, planned(W1.plusWeeks(5), "late"));
        store.create(5, planned(W1.plusWeeks(1), "other case"));
        List<Stored<WorkWeek>> weeks = store.weeks(4, W1, W1.plusWeeks(3));
        assertEquals(List.of(W1, W1.plusWeeks(2)), weeks.stream().map(stored -> stored.value().start()).toList());
        assertEquals(List.of("c"), weeks.get(1).value().tasks().stream().map(WeekTask::title).toList());
    }

    @Test
    public void anUpdateKeepsTaskIdsAddsAndRemovesAndRaisesTheVersion() {
        Stored<WorkWeek> created = store.create(4, planned(W1, "keep", "drop"));
        WeekTask keep = created.value().tasks().get(0);
        WorkWeek replanned = created.value().replan(created.value().plannedHours(),
                List.of(WeekTask.planned("new", 1, W1, "IN_COMPANY_COACH"), keep), null)
                .withActuals(Arrays.asList(6.0, null, 8.5, null, null, null, 0.0), Map.of(keep.id(), TaskOutcome.DONE));
        Stored<WorkWeek> updated = store.update(created.id(), 1, replanned);
        assertEquals(2, updated.version());
        assertEquals(updated, store.week(4, W1).orElseThrow());
        assertEquals(keep.id(), updated.value().tasks().get(1).id());
        assertEquals(TaskOutcome.DONE, updated.value().tasks().get(1).outcome());
        assertEquals(Arrays.asList(6.0, null, 8.5, null, null, null, 0.0), updated.value().actualHours());
        assertEquals(2, ao.count(WeekTaskEntity.class));
        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, created.value()));
    }

    @Test
    public void carriedTasksKeepWhereTheyCameFrom() {
        Stored<WorkWeek> first = store.create(4, planned(W1, "open"));
        WorkWeek.CarryOver moved = first.value().carryOverInto(WorkWeek.empty(W1.plusWeeks(1)));
        store.update(first.id(), 1, moved.from());
        Stored<WorkWeek> next = store.create(4, moved.into());
        assertEquals(W1, store.week(4, W1.plusWeeks(1)).orElseThrow().value().tasks().get(0).carriedFrom());
        assertEquals(TaskOutcome.CARRIED_OVER, store.week(4, W1).orElseThrow().value().tasks().get(0).outcome());
        assertEquals(next, store.week(4, W1.plusWeeks(1)).orElseThrow());
    }

    @Test
    public void accommodationLimitsAndStepLimitsReadBack() {
        AccommodationStore accommodations = new AccommodationStore(ao);
        Accommodation limited = new Accommodation("短時間勤務", "", List.of(
                AccommodationStep.planned("6h→7h", W1, CapacityLimits.dailyHours(7)),
                AccommodationStep.planned("残業可", W1.plusMonths(1), new CapacityLimits(null, false, false, 5))),
                List.of(), List.of(), "", new CapacityLimits(6.0, true, true, 4));
        Stored<Accommodation> created = accommodations.create(4, limited);
        assertEquals(created, accommodations.find(created.id()).orElseThrow());
        Accommodation lifted = limited.liftStep(0, W1, "OH", StoreFixtures.T0).withLimits(new CapacityLimits(6.5, true, null, 4));
        accommodations.update(created.id(), 1, lifted);
        Accommodation read = accommodations.forCase(4).get(0).value();
        assertEquals(lifted, read);
        assertEquals(7.0, read.limitsOn(W1).dailyHours(), 0);
    }

    @Test
    public void anAccommodationWithoutLimitsKeepsItsColumnsEmpty() {
        Stored<Accommodation> words = new AccommodationStore(ao).create(4, StoreFixtures.accommodation());
        AccommodationEntity row = ao.get(AccommodationEntity.class, (int) words.id());
        assertNull(row.getDailyHours());
        assertNull(row.getNoOvertime());
        assertNull(row.getDaysPerWeek());
        assertEquals(CapacityLimits.NONE, new AccommodationStore(ao).find(words.id()).orElseThrow().value().limits());
    }

    @Test
    public void hoursColumnsRoundTrip() {
        List<Double> days = Arrays.asList(0.0, 24.0, 0.25, null, 7.75, 6.0, null);
        assertEquals("0,24,0.25,,7.75,6,", WorkloadStore.hours(days));
        assertEquals(days, WorkloadStore.hours(WorkloadStore.hours(days)));
    }
}
