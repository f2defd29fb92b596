package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W1;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.W2;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.days;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.notEntered;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.task;
import static jp.jobcoach.workspace.domain.workload.WorkloadFixtures.week;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CapacityLimits;
import org.junit.Test;

public class WeekTrendTest {

    @Test
    public void twelveWeeksOldestFirstWithGapsAsEmptyPoints() {
        CaseCapacity capacity = new CaseCapacity(List.of(new Accommodation("短時間勤務", "", List.of(), List.of(), List.of(),
                "", new CapacityLimits(6.0, null, null, 4))));
        WorkWeek w1 = week(W1, days(6.0, 6.0), days(6.0, 7.0), task(1, "a", 3, W1, TaskOutcome.DONE),
                task(2, "b", 2, W1, TaskOutcome.OPEN));
        WorkWeek w2 = week(W2, days(6.0), notEntered());
        WeekTrend trend = WeekTrend.of(W2, List.of(w2, w1, week(W2.plusWeeks(1), days(), notEntered())), capacity);
        assertEquals(WeekTrend.WEEKS, trend.points().size());
        assertEquals(W2.minusWeeks(11), trend.points().get(0).week());
        assertEquals(WeekTrend.firstWeek(W2), trend.points().get(0).week());
        assertFalse(trend.points().get(0).recorded());
        assertEquals(24.0, trend.points().get(0).capacity(), 0);
        WeekTrend.Point first = trend.points().get(10);
        assertEquals(new WeekTrend.Point(W1, true, 12, 13.0, 24.0, 1, 3), first);
        WeekTrend.Point last = trend.points().get(11);
        assertTrue(last.recorded());
        assertNull("no actuals yet", last.actual());
        assertNull("nothing limits a week without accommodations",
                WeekTrend.of(W2, List.of(w2), CaseCapacity.none()).points().get(11).capacity());
        assertEquals("five days where no limit says", 40.0,
                new CaseCapacity(List.of(new Accommodation("残業禁止", "", List.of(), List.of(), List.of(), "",
                        new CapacityLimits(null, true, null, null)))).weekCapacity(W1), 0);
    }
}
