package jp.jobcoach.workspace.domain.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Weeks for the workload tests: 6 April 2026 is a Monday. */
final class WorkloadFixtures {
    static final LocalDate W1 = LocalDate.of(2026, 4, 6);
    static final LocalDate W2 = W1.plusWeeks(1);
    static final LocalDate W3 = W1.plusWeeks(2);
    static final LocalDate W4 = W1.plusWeeks(3);

    private WorkloadFixtures() {
    }

    static List<Double> days(Double... hours) {
        List<Double> seven = new ArrayList<>(Arrays.asList(hours));
        while (seven.size() < WorkWeek.DAYS) {
            seven.add(0.0);
        }
        return seven;
    }

    static List<Double> notEntered() {
        return Collections.nCopies(WorkWeek.DAYS, null);
    }

    static WeekTask task(long id, String title, double hours, LocalDate due, TaskOutcome outcome) {
        return new WeekTask(id, title, hours, due, "SUPERVISOR", null, outcome, null);
    }

    static WorkWeek week(LocalDate start, List<Double> planned, List<Double> actual, WeekTask... tasks) {
        return new WorkWeek(start, planned, actual, List.of(tasks), null);
    }
}
