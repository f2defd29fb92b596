package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import org.junit.Before;
import org.junit.Test;

public class TaskAnalysisStoreTest extends StoreTestSupport {
    static final LocalDate DAY = LocalDate.of(2026, 5, 11);
    private TaskAnalysisStore store;

    @Before
    public void setUp() {
        store = new TaskAnalysisStore(ao);
    }

    static TaskAnalysis analysis() {
        return new TaskAnalysis("郵便物の仕分け", "午前中に部署別の棚へ仕分ける", "総務課 10:00", "総務課 鈴木主任", 3, AnalysisStatus.ACTIVE,
                List.of(new TaskStep(0, "郵便物を受け取る", "受付", "件数を数える", "10時のチャイム", "受付の佐藤さん", "件数メモ", false),
                        TaskStep.of("宛名を確認する"), TaskStep.of("棚に入れる")));
    }

    static TaskSession session(LocalDate day, List<TaskStep> steps, Integer... scores) {
        List<StepObservation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            observations.add(new StepObservation(steps.get(i).id(), scores[i], i == 0 ? 1 : null, i == 0 ? "宛名の読み違い" : null));
        }
        return new TaskSession(day, "coach-a", CaseRole.CENTER_COACH, 25, "落ち着いて取り組めた", observations);
    }

    @Test
    public void readsBackWithStepsInOrderAndStableIds() {
        Stored<TaskAnalysis> created = store.create(4, analysis());

        assertTrue(created.value().steps().stream().noneMatch(TaskStep::isNew));
        assertEquals(created, store.find(created.id()).orElseThrow());
        assertEquals(List.of(created), store.forCase(4));
        assertEquals(List.of(), store.forCase(5));
    }

    @Test
    public void sessionsReadBackOldestFirstWithTheirLevels() {
        Stored<TaskAnalysis> created = store.create(4, analysis());
        List<TaskStep> steps = created.value().steps();
        Stored<TaskSession> later = store.createSession(4, created.id(), session(DAY.plusDays(2), steps, 4, 3, 2));
        Stored<TaskSession> earlier = store.createSession(4, created.id(), session(DAY, steps, 2, null, 0));

        TaskAnalysisStore.Sheet sheet = store.sheet(created.id()).orElseThrow();

        assertEquals(List.of(earlier, later), sheet.sessions());
        // a step not observed without a count or a note is no row, and the stored session says so
        assertEquals(2, earlier.value().observations().size());
        assertEquals(List.of(new TaskAnalysisStore.Sheet(created, List.of(earlier, later))), store.sheetsForCase(4));
        assertEquals(earlier, store.findSession(created.id(), earlier.id()).orElseThrow());
        assertFalse(store.findSession(created.id() + 1, earlier.id()).isPresent());
    }

    @Test
    public void rewordingReorderingAndRetiringKeepEachStepsIdAndItsLevels() {
        Stored<TaskAnalysis> created = store.create(4, analysis());
        List<TaskStep> steps = created.value().steps();
        Stored<TaskSession> recorded = store.createSession(4, created.id(), session(DAY, steps, 4, 3, 2));

        TaskAnalysis revised = created.value().withSteps(List.of(steps.get(2).reworded("部署別の棚に入れる"),
                TaskStep.of("差出人を確認する"), steps.get(0), steps.get(1).retire()));
        Stored<TaskAnalysis> updated = store.update(created.id(), 1, revised);

        assertEquals(2, updated.version());
        List<TaskStep> now = store.find(created.id()).orElseThrow().value().steps();
        assertEquals(updated.value().steps(), now);
        assertEquals(List.of(steps.get(2).id(), now.get(1).id(), steps.get(0).id(), steps.get(1).id()),
                now.stream().map(TaskStep::id).toList());
        assertTrue(now.get(3).retired());
        assertEquals("部署別の棚に入れる", now.get(0).action());
        assertEquals(recorded, store.findSession(created.id(), recorded.id()).orElseThrow());
        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, analysis()));
    }

    @Test
    public void aStepLeftOutIsDeletedAndObservedTellsWhichStepsHaveHistory() {
        Stored<TaskAnalysis> created = store.create(4, analysis());
        List<TaskStep> steps = created.value().steps();
        store.createSession(4, created.id(), session(DAY, steps, 4));
        Set<Long> all = Set.of(steps.get(0).id(), steps.get(1).id(), steps.get(2).id());

        assertEquals(Set.of(steps.get(0).id()), store.observed(created.id(), all));

        store.update(created.id(), 1, created.value().withSteps(List.of(steps.get(0), steps.get(1))));
        assertEquals(2, store.find(created.id()).orElseThrow().value().steps().size());
    }

    @Test
    public void sessionsAreVersionedOnTheirOwn() {
        Stored<TaskAnalysis> created = store.create(4, analysis());
        List<TaskStep> steps = created.value().steps();
        Stored<TaskSession> recorded = store.createSession(4, created.id(), session(DAY, steps, 4, 3, 2));

        Stored<TaskSession> edited = store.updateSession(recorded.id(), 1, session(DAY, steps, 4, 4, 4));

        assertEquals(2, edited.version());
        assertEquals(edited, store.findSession(created.id(), recorded.id()).orElseThrow());
        assertNotEquals(recorded.value(), edited.value());
        assertThrows(StaleWriteException.class, () -> store.updateSession(recorded.id(), 1, session(DAY, steps, 1)));
        assertThrows(StaleWriteException.class, () -> store.deleteSession(recorded.id(), 1));

        store.deleteSession(recorded.id(), 2);
        assertFalse(store.findSession(created.id(), recorded.id()).isPresent());
        assertEquals(0, ao.count(TaskLevelEntity.class));
    }
}
