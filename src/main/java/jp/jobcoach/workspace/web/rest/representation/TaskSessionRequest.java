package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"session"}}; {@code PUT}: {@code {"version", "session"}}. */
public record TaskSessionRequest(int version, TaskSessionRepresentation session) {

    public TaskSession toDomain() {
        return Json.required("session", session, TaskSessionRepresentation::toDomain);
    }
}
