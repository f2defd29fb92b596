package jp.jobcoach.workspace.domain.task;

import static jp.jobcoach.workspace.domain.task.TaskFixtures.analysis;
import static jp.jobcoach.workspace.domain.task.TaskFixtures.session;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Test;

public class TaskProgressTest {

    @Test
    public void theRateCountsIndependentStepsAmongTheObservedOnesOnly() {
        TaskProgress progress = TaskProgress.of(analysis("a", "b", "c", "d"), List.of(session(1, 4, 3, null, 0)));

        // "not observed" is in neither count, and 手添え (0) is observed: 1 of 3, not 1 of 4 and not 2 of 4
        assertEquals(Optional.of(new IndependenceRate(1, 3)), progress.rate(0));
        assertEquals(33, progress.rate(0).orElseThrow().percent());
    }

    @Test
    public void aSessionThatObservedNothingHasNoRateAndDoesNotMoveTheTrend() {
        TaskProgress progress = TaskProgress.of(analysis("a", "b"), List.of(session(1, 3, 3), session(2, 4, 3), session(3, null, null)));

        assertEquals(Optional.empty(), progress.rate(2));
        assertEquals(Optional.of(new IndependenceRate(1, 2)), progress.latestRate());
        assertEquals(Trend.RISING, progress.trend());
    }

    @Test
    public void theTrendComparesTheLatestRateWithThePreviousOne() {
        assertEquals(Trend.NONE, TaskProgress.of(analysis("a", "b"), List.of(session(1, 4, 4))).trend());
        assertEquals(Trend.FALLING, TaskProgress.of(analysis("a", "b"), List.of(session(1, 4, 4), session(2, 4, 3))).trend());
        // 1 of 2 and 2 of 4 are the same rate
        assertEquals(Trend.STEADY, TaskProgress.of(analysis("a", "b", "c", "d"),
                List.of(session(1, 4, 0, null, null), session(2, 4, 4, 1, 1))).trend());
        assertEquals(Trend.NONE, TaskProgress.of(analysis("a"), List.of()).trend());
    }

    @Test
    public void sessionsCountInTheOrderOfTheirDayWhateverOrderTheyComeIn() {
        TaskProgress progress = TaskProgress.of(analysis("a"), List.of(session(3, 4), session(1, 2), session(2, 4)));

        assertEquals(List.of(101L, 102L, 103L), progress.sessions().stream().map(Stored::id).toList());
        assertEquals(List.of(PromptLevel.GESTURE, PromptLevel.INDEPENDENT, PromptLevel.INDEPENDENT), progress.step(1).levels());
        assertEquals(2, progress.step(1).streak());
    }

    @Test
    public void theStreakSkipsSessionsThatDidNotObserveTheStepAndStopsAtHelp() {
        TaskProgress progress = TaskProgress.of(analysis("a", "b"), List.of(
                session(1, 4, 3), session(2, 3, 4), session(3, 4, null), session(4, null, 4), session(5, 4, 4)));

        assertEquals(2, progress.step(1).streak()); // 4, 4 after the 3 of day 2 (day 4 not observed)
        assertEquals(3, progress.step(2).streak()); // 4, (not observed), 4, 4
    }

    @Test
    public void aStepIsReadyToFadeWhenItsStreakReachesTheThreshold() {
        TaskAnalysis analysis = analysis("a", "b");
        List<Stored<TaskSession>> sessions = List.of(session(1, 4, 4), session(2, 4, 3), session(3, 4, 4));

        TaskProgress progress = TaskProgress.of(analysis, sessions);
        assertTrue(progress.step(1).readyToFade());
        assertFalse(progress.step(2).readyToFade());
        assertEquals(1, progress.readyToFadeCount());

        TaskAnalysis stricter = new TaskAnalysis(analysis.title(), analysis.goal(), analysis.setting(), analysis.instructor(), 4,
                analysis.status(), analysis.steps());
        assertEquals(0, TaskProgress.of(stricter, sessions).readyToFadeCount());
        TaskAnalysis lenient = new TaskAnalysis(analysis.title(), analysis.goal(), analysis.setting(), analysis.instructor(), 1,
                analysis.status(), analysis.steps());
        assertEquals(2, TaskProgress.of(lenient, sessions).readyToFadeCount());
    }

    @Test
    public void aStepRegressedWhenItNeededMoreHelpThanInItsPreviousObservedSession() {
        TaskProgress progress = TaskProgress.of(analysis("a", "b", "c"), List.of(
                session(1, 3, 4, 2), session(2, 4, null, 2), session(3, 2, 3, 3)));

        assertTrue(progress.step(1).regressed());   // 4 → 2
        assertTrue(progress.step(2).regressed());   // 4 → (not observed) → 3: against its previous observation
        assertFalse(progress.step(3).regressed());  // 2 → 2 → 3 is progress
        assertEquals(2, progress.regressed().size());
        assertFalse(progress.step(1).regressedAt(1));
        assertTrue(progress.step(1).regressedAt(2));
        assertFalse(progress.step(2).regressedAt(1)); // not observed is no regression
        assertTrue(progress.step(2).regressedAt(2));
        assertFalse(progress.step(1).regressedAt(0));
    }

    @Test
    public void notObservedIsNeverCountedAsNoHelpOrAsFullHelp() {
        TaskProgress progress = TaskProgress.of(analysis("a"), List.of(session(1, 4), session(2, (Integer) null)));

        assertEquals(PromptLevel.INDEPENDENT, progress.step(1).latest());
        assertFalse(progress.step(1).regressed());
        assertEquals(1, progress.step(1).streak());
    }

    @Test
    public void aRetiredStepKeepsItsHistoryAndStillCountsInItsOldSessionsButNotAsReadyToFade() {
        TaskAnalysis analysis = analysis("a", "b");
        List<Stored<TaskSession>> sessions = List.of(session(1, 4, 4), session(2, 4, 4), session(3, 4, 4));
        TaskAnalysis retired = analysis.withSteps(List.of(analysis.steps().get(0), analysis.steps().get(1).retire()));

        TaskProgress progress = TaskProgress.of(retired, sessions);

        assertEquals(List.of(PromptLevel.INDEPENDENT, PromptLevel.INDEPENDENT, PromptLevel.INDEPENDENT), progress.step(2).levels());
        assertTrue(progress.step(2).readyToFade());
        assertEquals(1, progress.readyToFadeCount()); // only the step still taught
        assertEquals(new IndependenceRate(2, 2), progress.rate(0).orElseThrow());
        assertEquals(2, progress.steps().size());
    }

    @Test
    public void reorderingAndRewordingStepsChangesNoFigure() {
        TaskAnalysis analysis = analysis("a", "b", "c");
        List<Stored<TaskSession>> sessions = List.of(session(1, 4, 2, 4), session(2, 4, 3, 1), session(3, 4, 4, 4));
        List<TaskStep> reordered = new ArrayList<>(List.of(analysis.steps().get(2).reworded("c (reworded)"),
                analysis.steps().get(0), analysis.steps().get(1)));

        TaskProgress before = TaskProgress.of(analysis, sessions);
        TaskProgress after = TaskProgress.of(analysis.withSteps(reordered), sessions);

        assertEquals(List.of(3L, 1L, 2L), after.steps().stream().map(step -> step.step().id()).toList());
        for (long id = 1; id <= 3; id++) {
            assertEquals(before.step(id).levels(), after.step(id).levels());
            assertEquals(before.step(id).streak(), after.step(id).streak());
            assertEquals(before.step(id).regressed(), after.step(id).regressed());
        }
        assertEquals(before.latestRate(), after.latestRate());
        assertEquals("c (reworded)", after.step(3).step().action());
    }

    @Test
    public void aSplitStepIsRetiredWithItsHistoryAndTwoNewStepsTakeItsPlace() {
        TaskAnalysis analysis = analysis("a", "b", "c");
        TaskAnalysis split = analysis.split(2, "b1", "b2");

        assertEquals(List.of("a", "b", "b1", "b2", "c"), split.steps().stream().map(TaskStep::action).toList());
        assertTrue(split.steps().get(1).retired());
        assertEquals(2, split.steps().get(1).id());
        assertTrue(split.steps().get(2).isNew() && split.steps().get(3).isNew());
        assertEquals(List.of("a", "b1", "b2", "c"), split.activeSteps().stream().map(TaskStep::action).toList());
        assertEquals(List.of(), analysis.validateRevision(split, java.util.Set.of(1L, 2L, 3L)));
    }

    @Test
    public void aLevelOfAStepTheAnalysisNoLongerHasStillCountsInItsSessionsRate() {
        TaskProgress progress = TaskProgress.of(analysis("a"), List.of(new Stored<>(1, 7, 1, new TaskSession(TaskFixtures.DAY,
                "coach", CaseRole.CENTER_COACH, null, null, List.of(new StepObservation(1, 4, null, null),
                new StepObservation(99, 2, null, null))))));

        assertEquals(new IndependenceRate(1, 2), progress.latestRate().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> progress.step(99));
    }
}
