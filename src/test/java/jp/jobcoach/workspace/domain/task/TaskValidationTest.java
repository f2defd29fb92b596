package jp.jobcoach.workspace.domain.task;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.task.TaskFixtures.DAY;
import static jp.jobcoach.workspace.domain.task.TaskFixtures.analysis;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DomainBundles;
import org.junit.Test;

public class TaskValidationTest {
    private static final String MEGABYTE = "あ".repeat(1 << 20);

    @Test
    public void aWellFormedAnalysisAndSessionPass() {
        assertEquals(List.of(), analysis("a", "b").validate());
        assertEquals(List.of(), session(new StepObservation(1, 4, 0, "ok"), new StepObservation(2, null, null, null))
                .validate(analysis("a", "b"), DAY, DAY.minusMonths(1), null));
    }

    @Test
    public void anAnalysisNeedsATitleSensibleThresholdAndStepTexts() {
        TaskAnalysis bad = new TaskAnalysis(" ", MEGABYTE, "x".repeat(256), null, 0, null,
                List.of(TaskStep.of(""), TaskStep.of("ok").withId(4), TaskStep.of("dup").withId(4)));
        List<jp.jobcoach.workspace.domain.FieldError> errors = bad.validate();

        assertHasError(errors, "title", Check.REQUIRED);
        assertHasError(errors, "goal", Check.TOO_LONG);
        assertHasError(errors, "setting", Check.TOO_LONG);
        assertHasError(errors, "fadingThreshold", Check.OUT_OF_RANGE);
        assertHasError(errors, "status", Check.REQUIRED);
        assertHasError(errors, "steps[0].action", Check.REQUIRED);
        assertHasError(errors, "steps[2].id", TaskSession.DUPLICATE_STEP);
    }

    @Test
    public void everyStepFieldIsBounded() {
        TaskStep step = new TaskStep(0, "a", "x".repeat(256), MEGABYTE, MEGABYTE, "x".repeat(256), MEGABYTE, false);
        List<jp.jobcoach.workspace.domain.FieldError> errors = analysis().withSteps(List.of(step)).validate();
        for (String field : List.of("toolPlace", "keyPoint", "cue", "supporter", "aids")) {
            assertHasError(errors, "steps[0]." + field, Check.TOO_LONG);
        }
    }

    @Test
    public void hostileTextIsNoProblemForValidation() {
        for (String hostile : DomainBundles.HOSTILE) {
            TaskStep step = new TaskStep(0, hostile, hostile, hostile, hostile, hostile, hostile, false);
            assertEquals(List.of(), new TaskAnalysis(hostile, hostile, hostile, hostile, 3, AnalysisStatus.ACTIVE,
                    List.of(step)).validate());
        }
    }

    @Test
    public void tooManyStepsAreRefused() {
        List<TaskStep> steps = new ArrayList<>();
        for (int i = 0; i <= TaskAnalysis.MAX_STEPS; i++) {
            steps.add(TaskStep.of("step " + i));
        }
        assertHasError(analysis().withSteps(steps).validate(), "steps", TaskAnalysis.TOO_MANY_STEPS);
    }

    @Test
    public void aRevisionMayNotNameUnknownStepsNorDropOneWithHistory() {
        TaskAnalysis current = analysis("a", "b", "c");
        TaskAnalysis revised = current.withSteps(List.of(current.steps().get(0), TaskStep.of("x").withId(42)));

        List<jp.jobcoach.workspace.domain.FieldError> errors = current.validateRevision(revised, Set.of(2L));
        assertHasError(errors, "steps[1].id", TaskSession.UNKNOWN_STEP);
        assertHasError(errors, "steps", TaskAnalysis.STEP_HAS_HISTORY);
        assertEquals(2, errors.size()); // step 3 was never observed: removing it loses nothing

        TaskAnalysis retired = current.withSteps(List.of(current.steps().get(0), current.steps().get(1).retire()));
        assertEquals(List.of(), current.validateRevision(retired, Set.of(2L)));
    }

    @Test
    public void aSessionMustBeDatedBetweenTheReturnToWorkAndToday() {
        TaskAnalysis analysis = analysis("a");
        assertHasError(sessionOn(DAY.plusDays(1)).validate(analysis, DAY, DAY.minusMonths(1), null), "date",
                TaskSession.IN_THE_FUTURE);
        assertHasError(sessionOn(DAY.minusMonths(2)).validate(analysis, DAY, DAY.minusMonths(1), null), "date",
                Check.NOT_BEFORE);
        assertHasError(sessionOn(null).validate(analysis, DAY, DAY.minusMonths(1), null), "date", Check.REQUIRED);
        assertEquals(List.of(), sessionOn(DAY).validate(analysis, DAY, DAY, null));
        assertEquals(List.of(), sessionOn(DAY.minusYears(1)).validate(analysis, DAY, null, null));
    }

    @Test
    public void aSessionNamesOnlyTheAnalysisStepsOnceEachWithLevelsOnTheScale() {
        TaskAnalysis analysis = analysis("a", "b");
        TaskSession session = session(new StepObservation(1, 5, null, null), new StepObservation(2, -1, -3, MEGABYTE),
                new StepObservation(9, 4, null, null), new StepObservation(1, 4, null, null));

        List<jp.jobcoach.workspace.domain.FieldError> errors = session.validate(analysis, DAY, null, null);

        assertHasError(errors, "observations[0].level", Check.OUT_OF_RANGE);
        assertHasError(errors, "observations[1].level", Check.OUT_OF_RANGE);
        assertHasError(errors, "observations[1].errors", Check.OUT_OF_RANGE);
        assertHasError(errors, "observations[1].note", Check.TOO_LONG);
        assertHasError(errors, "observations[2].stepId", TaskSession.UNKNOWN_STEP);
        assertHasError(errors, "observations[3].stepId", TaskSession.DUPLICATE_STEP);
    }

    @Test
    public void aRetiredStepIsNotRecordedAnewButKeepsWhatAnEditedSessionHadOfIt() {
        TaskAnalysis analysis = analysis("a", "b");
        TaskAnalysis retired = analysis.withSteps(List.of(analysis.steps().get(0), analysis.steps().get(1).retire()));
        TaskSession withB = session(new StepObservation(2, 3, null, null));

        assertHasError(withB.validate(retired, DAY, null, null), "observations[0].stepId", TaskSession.RETIRED_STEP);
        assertEquals(List.of(), withB.validate(retired, DAY, null, withB));
        assertHasError(withB.validate(retired, DAY, null, session(new StepObservation(1, 3, null, null))),
                "observations[0].stepId", TaskSession.RETIRED_STEP);
    }

    @Test
    public void aSessionHasARecorderAndAPlausibleDuration() {
        TaskSession session = new TaskSession(DAY, null, null, 0, MEGABYTE, List.of());
        List<jp.jobcoach.workspace.domain.FieldError> errors = session.validate(analysis("a"), DAY, null, null);
        assertHasError(errors, "recorderKey", Check.REQUIRED);
        assertHasError(errors, "recorderRole", Check.REQUIRED);
        assertHasError(errors, "durationMinutes", Check.OUT_OF_RANGE);
        assertHasError(errors, "note", Check.TOO_LONG);
    }

    private static TaskSession sessionOn(java.time.LocalDate day) {
        return new TaskSession(day, "coach", CaseRole.CENTER_COACH, null, null, List.of(new StepObservation(1, 4, null, null)));
    }

    private static TaskSession session(StepObservation... observations) {
        return new TaskSession(DAY, "coach", CaseRole.CENTER_COACH, 15, null, List.of(observations));
    }
}
