package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import jp.jobcoach.workspace.domain.interview.ActionStatus;

/**
 * {@code POST .../interviews/{id}/actions/{actionId}}: {@code {"version", "status", "note", "dueDate"}}; a
 * continued action may get a new due date.
 */
public record ActionResolutionRequest(int version, ActionStatus status, String note, LocalDate dueDate) {
}
