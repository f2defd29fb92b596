package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.IndependenceRate;
import jp.jobcoach.workspace.domain.task.TaskProgress;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import net.java.ao.Query;

/**
 * Task analyses with their steps, and their sessions with the per-step levels. Every read is a fixed number of
 * statements whatever the number of steps and sessions (the grid of one analysis: four; all of a case's: four), and
 * every child row carries its analysis and case, so none is read by a list of ids read before (decision #13).
 * An analysis (with its step list) and each session carry their own version.
 */
@Named
public class TaskAnalysisStore {
    private static final String ANALYSIS = "task-analysis";
    private static final String SESSION = "task-session";

    private final ActiveObjects ao;

    @Inject
    public TaskAnalysisStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** An analysis with its sessions, oldest first: what a grid shows. */
    public record Sheet(Stored<TaskAnalysis> analysis, List<Stored<TaskSession>> sessions) {
    }

    /** One INSERT for the analysis with all its columns, one per step; returned as written, its steps with their ids. */
    public Stored<TaskAnalysis> create(long caseId, TaskAnalysis value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", caseId);
        columns.put("TITLE", value.title());
        columns.put("GOAL", value.goal());
        columns.put("SETTING", value.setting());
        columns.put("INSTRUCTOR", value.instructor());
        columns.put("THRESHOLD", value.fadingThreshold());
        columns.put("STATUS", value.status().name());
        columns.put("VERSION", 1);
        TaskAnalysisEntity row = ao.create(TaskAnalysisEntity.class, columns);
        List<TaskStep> steps = new ArrayList<>();
        for (int position = 0; position < value.steps().size(); position++) {
            steps.add(insertStep(row.getID(), caseId, position, value.steps().get(position)));
        }
        return new Stored<>(row.getID(), caseId, 1, value.withSteps(steps));
    }

    public Optional<Stored<TaskAnalysis>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(TaskAnalysisEntity.class, key))
                .map(row -> toStored(row, Columns.map(ao.find(TaskStepEntity.class, Query.select()
                        .where("ANALYSIS_ID = ?", id).order("POSITION, ID")), TaskAnalysisStore::toStep)));
    }

    /** The analysis and every session of it: four statements, whatever its size. */
    public Optional<Sheet> sheet(long id) {
        return find(id).map(analysis -> new Sheet(analysis, sessions("ANALYSIS_ID", id).getOrDefault(id, List.of())));
    }

    /** The case's analyses, oldest first, with their steps: two statements. */
    public List<Stored<TaskAnalysis>> forCase(long caseId) {
        TaskAnalysisEntity[] rows = ao.find(TaskAnalysisEntity.class, Query.select().where("CASE_ID = ?", caseId).order("ID"));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<TaskStep>> steps = Arrays.stream(ao.find(TaskStepEntity.class, Query.select()
                        .where("CASE_ID = ?", caseId).order("ANALYSIS_ID, POSITION, ID")))
                .collect(Collectors.groupingBy(TaskStepEntity::getAnalysisId, Collectors.mapping(TaskAnalysisStore::toStep,
                        Collectors.toList())));
        return Columns.map(rows, row -> toStored(row, steps.getOrDefault((long) row.getID(), List.of())));
    }

    /**
     * The titles of the case's analyses by id, oldest first: one statement, whatever the history. What a workload task
     * names as its linked analysis is checked and shown against this.
     */
    public Map<Long, String> titles(long caseId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (TaskAnalysisEntity row : ao.find(TaskAnalysisEntity.class, Query.select("ID, TITLE")
                .where("CASE_ID = ?", caseId).order("ID"))) {
            titles.put((long) row.getID(), row.getTitle());
        }
        return titles;
    }

    /** Every analysis of the case with its sessions: four statements, whatever the history. */
    public List<Sheet> sheetsForCase(long caseId) {
        List<Stored<TaskAnalysis>> analyses = forCase(caseId);
        if (analyses.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Stored<TaskSession>>> sessions = sessions("CASE_ID", caseId);
        return analyses.stream().map(analysis -> new Sheet(analysis, sessions.getOrDefault(analysis.id(), List.of()))).toList();
    }

    /**
     * Writes the analysis and its step list: a step with an id keeps its row (reworded, moved, retired), a new one gets
     * a row, a stored step the list leaves out is deleted (the service allows that only for steps no session observed).
     *
     * @throws StaleWriteException when someone else wrote the analysis after {@code expectedVersion}
     */
    public Stored<TaskAnalysis> update(long id, int expectedVersion, TaskAnalysis value) {
        TaskAnalysisEntity row = ao.get(TaskAnalysisEntity.class, (int) id);
        VersionClaims.claimNext(ao, ANALYSIS, id, row.getVersion(), expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setTitle(value.title());
        row.setGoal(value.goal());
        row.setSetting(value.setting());
        row.setInstructor(value.instructor());
        row.setThreshold(value.fadingThreshold());
        row.setStatus(value.status().name());
        row.save();
        Map<Long, TaskStepEntity> existing = new HashMap<>();
        for (TaskStepEntity step : ao.find(TaskStepEntity.class, Query.select().where("ANALYSIS_ID = ?", id))) {
            existing.put((long) step.getID(), step);
        }
        List<TaskStep> written = new ArrayList<>();
        for (int position = 0; position < value.steps().size(); position++) {
            TaskStep step = value.steps().get(position);
            TaskStepEntity stored = step.isNew() ? null : existing.remove(step.id());
            if (stored == null) {
                written.add(insertStep(id, row.getCaseId(), position, step));
            } else {
                stored.setPosition(position);
                stored.setAction(step.action());
                stored.setToolPlace(step.toolPlace());
                stored.setKeyPoint(step.keyPoint());
                stored.setCue(step.cue());
                stored.setSupporter(step.supporter());
                stored.setAids(step.aids());
                stored.setRetired(step.retired());
                stored.save();
                written.add(step);
            }
        }
        existing.values().forEach(ao::delete);
        return new Stored<>(id, row.getCaseId(), expectedVersion + 1, value.withSteps(written));
    }

    /** Of {@code stepIds}, those some session of the analysis has a level of. */
    public Set<Long> observed(long analysisId, Set<Long> stepIds) {
        return stepIds.stream().filter(stepId -> ao.count(TaskLevelEntity.class, Query.select()
                .where("ANALYSIS_ID = ? AND STEP_ID = ?", analysisId, stepId)) > 0).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Stored<TaskSession>> findSession(long analysisId, long sessionId) {
        Optional<TaskSessionEntity> row = Ids.asInt(sessionId).map(key -> ao.get(TaskSessionEntity.class, key))
                .filter(session -> session.getAnalysisId() == analysisId);
        return row.map(session -> toStored(session, Columns.map(ao.find(TaskLevelEntity.class, Query.select()
                .where("SESSION_ID = ?", sessionId).order("ID")), TaskAnalysisStore::toObservation)));
    }

    /** One INSERT for the session, one per step it has a level, count or note of. */
    public Stored<TaskSession> createSession(long caseId, long analysisId, TaskSession value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("ANALYSIS_ID", analysisId);
        columns.put("CASE_ID", caseId);
        columns.put("SESSION_DATE", day(value.date()));
        columns.put("RECORDER", value.recorderKey());
        columns.put("RECORDER_ROLE", value.recorderRole().name());
        columns.put("MINUTES", value.durationMinutes());
        columns.put("NOTE", value.note());
        columns.put("INDEPENDENT", independent(value));
        columns.put("OBSERVED", observed(value));
        columns.put("VERSION", 1);
        TaskSessionEntity row = ao.create(TaskSessionEntity.class, columns);
        return new Stored<>(row.getID(), caseId, 1, insertLevels(row.getID(), analysisId, caseId, value));
    }

    /** @throws StaleWriteException when someone else wrote the session after {@code expectedVersion} */
    public Stored<TaskSession> updateSession(long sessionId, int expectedVersion, TaskSession value) {
        TaskSessionEntity row = claimedSession(sessionId, expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setSessionDate(day(value.date()));
        row.setRecorder(value.recorderKey());
        row.setRecorderRole(value.recorderRole().name());
        row.setMinutes(value.durationMinutes());
        row.setNote(value.note());
        row.setIndependent(independent(value));
        row.setObserved(observed(value));
        row.save();
        ao.deleteWithSQL(TaskLevelEntity.class, "SESSION_ID = ?", sessionId);
        return new Stored<>(sessionId, row.getCaseId(), expectedVersion + 1,
                insertLevels(sessionId, row.getAnalysisId(), row.getCaseId(), value));
    }

    /** @throws StaleWriteException when someone else wrote the session after {@code expectedVersion} */
    public void deleteSession(long sessionId, int expectedVersion) {
        TaskSessionEntity row = claimedSession(sessionId, expectedVersion);
        ao.deleteWithSQL(TaskLevelEntity.class, "SESSION_ID = ?", sessionId);
        ao.delete(row);
    }

    private static int independent(TaskSession value) {
        return TaskProgress.rate(value).map(IndependenceRate::independent).orElse(0);
    }

    private static int observed(TaskSession value) {
        return TaskProgress.rate(value).map(IndependenceRate::observed).orElse(0);
    }

    private TaskSessionEntity claimedSession(long sessionId, int expectedVersion) {
        TaskSessionEntity row = ao.get(TaskSessionEntity.class, (int) sessionId);
        VersionClaims.claimNext(ao, SESSION, sessionId, row.getVersion(), expectedVersion);
        return row;
    }

    /** Sessions by analysis, oldest first, with their levels: two statements for one analysis or a whole case. */
    private Map<Long, List<Stored<TaskSession>>> sessions(String column, long key) {
        TaskSessionEntity[] rows = ao.find(TaskSessionEntity.class, Query.select().where(column + " = ?", key)
                .order("SESSION_DATE, ID"));
        if (rows.length == 0) {
            return Map.of();
        }
        Map<Long, List<StepObservation>> levels = Arrays.stream(ao.find(TaskLevelEntity.class, Query.select()
                        .where(column + " = ?", key).order("SESSION_ID, ID")))
                .collect(Collectors.groupingBy(TaskLevelEntity::getSessionId, Collectors.mapping(TaskAnalysisStore::toObservation,
                        Collectors.toList())));
        Map<Long, List<Stored<TaskSession>>> byAnalysis = new LinkedHashMap<>();
        for (TaskSessionEntity row : rows) {
            byAnalysis.computeIfAbsent(row.getAnalysisId(), analysis -> new ArrayList<>())
                    .add(toStored(row, levels.getOrDefault((long) row.getID(), List.of())));
        }
        return byAnalysis;
    }

    /**
     * The levels worth a row: a step observed, or one not observed that has a count or a note. The session as
     * stored keeps only those, in that order.
     */
    private TaskSession insertLevels(long sessionId, long analysisId, long caseId, TaskSession value) {
        List<StepObservation> kept = new ArrayList<>();
        for (StepObservation observation : value.observations()) {
            if (observation.score() == null && observation.errors() == null
                    && (observation.note() == null || observation.note().isEmpty())) {
                continue;
            }
            Map<String, Object> columns = new HashMap<>();
            columns.put("SESSION_ID", sessionId);
            columns.put("ANALYSIS_ID", analysisId);
            columns.put("CASE_ID", caseId);
            columns.put("STEP_ID", observation.stepId());
            columns.put("SCORE", observation.score());
            columns.put("ERRORS", observation.errors());
            columns.put("NOTE", observation.note());
            ao.create(TaskLevelEntity.class, columns);
            kept.add(observation);
        }
        return new TaskSession(value.date(), value.recorderKey(), value.recorderRole(), value.durationMinutes(), value.note(), kept);
    }

    private TaskStep insertStep(long analysisId, long caseId, int position, TaskStep step) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("ANALYSIS_ID", analysisId);
        columns.put("CASE_ID", caseId);
        columns.put("POSITION", position);
        columns.put("ACTION", step.action());
        columns.put("TOOL_PLACE", step.toolPlace());
        columns.put("KEY_POINT", step.keyPoint());
        columns.put("CUE", step.cue());
        columns.put("SUPPORTER", step.supporter());
        columns.put("AIDS", step.aids());
        columns.put("RETIRED", step.retired());
        return step.withId(ao.create(TaskStepEntity.class, columns).getID());
    }

    private static TaskStep toStep(TaskStepEntity row) {
        return new TaskStep(row.getID(), row.getAction(), row.getToolPlace(), row.getKeyPoint(), row.getCue(),
                row.getSupporter(), row.getAids(), row.isRetired());
    }

    private static StepObservation toObservation(TaskLevelEntity row) {
        return new StepObservation(row.getStepId(), row.getScore(), row.getErrors(), row.getNote());
    }

    private static Stored<TaskAnalysis> toStored(TaskAnalysisEntity row, List<TaskStep> steps) {
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), new TaskAnalysis(row.getTitle(), row.getGoal(),
                row.getSetting(), row.getInstructor(), row.getThreshold(), Columns.constant(AnalysisStatus.class, row.getStatus()),
                steps));
    }

    private static Stored<TaskSession> toStored(TaskSessionEntity row, List<StepObservation> levels) {
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), new TaskSession(day(row.getSessionDate()),
                row.getRecorder(), Columns.constant(CaseRole.class, row.getRecorderRole()), row.getMinutes(), row.getNote(), levels));
    }
}
