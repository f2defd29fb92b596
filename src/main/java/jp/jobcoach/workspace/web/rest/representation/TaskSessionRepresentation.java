package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskSession;

/**
 * A recorded session, as stored and as sent. {@code recorderKey} and {@code recorderRole} are only sent: the server
 * records whoever records the session. Each observation names its step's id; {@code level} is 0 (手添え) to 4 (自立), or
 * absent for "not observed"; a step left out was not observed.
 */
public record TaskSessionRepresentation(LocalDate date, String recorderKey, CaseRole recorderRole, Integer durationMinutes,
                                        String note, List<Observation> observations) {

    public static TaskSessionRepresentation from(TaskSession value) {
        return new TaskSessionRepresentation(value.date(), value.recorderKey(), value.recorderRole(), value.durationMinutes(),
                value.note(), Mapping.list(value.observations(), Observation::from));
    }

    public TaskSession toDomain() {
        return new TaskSession(date, null, null, durationMinutes, note, Mapping.list(observations, Observation::toDomain));
    }

    /** {@code {"stepId", "level", "errors", "note"}}. */
    public record Observation(long stepId, Integer level, Integer errors, String note) {

        static Observation from(StepObservation observation) {
            return new Observation(observation.stepId(), observation.score(), observation.errors(), observation.note());
        }

        StepObservation toDomain() {
            return new StepObservation(stepId, level, errors, note);
        }
    }
}
