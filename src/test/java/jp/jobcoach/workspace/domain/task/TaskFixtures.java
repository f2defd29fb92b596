package jp.jobcoach.workspace.domain.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;

/** Analyses and sessions for the domain tests: steps with ids 1, 2, 3, ..., sessions one day apart. */
final class TaskFixtures {
    static final LocalDate DAY = LocalDate.of(2026, 5, 11);

    private TaskFixtures() {
    }

    static TaskAnalysis analysis(String... actions) {
        List<TaskStep> steps = new ArrayList<>();
        for (int i = 0; i < actions.length; i++) {
            steps.add(TaskStep.of(actions[i]).withId(i + 1));
        }
        return new TaskAnalysis("日報入力", "毎日17時までに日報を提出する", "事務所 16:30", "主任", TaskAnalysis.DEFAULT_THRESHOLD,
                AnalysisStatus.ACTIVE, steps);
    }

    /** A session on day {@code n} with {@code scores[i]} for step i + 1; null is "not observed" (left out). */
    static Stored<TaskSession> session(int n, Integer... scores) {
        List<StepObservation> observations = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                observations.add(new StepObservation(i + 1, scores[i], null, null));
            }
        }
        return new Stored<>(100 + n, 7, 1, new TaskSession(DAY.plusDays(n), "coach", CaseRole.IN_COMPANY_COACH, 20, null,
                observations));
    }
}
