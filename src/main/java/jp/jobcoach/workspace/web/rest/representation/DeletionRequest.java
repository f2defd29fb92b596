package jp.jobcoach.workspace.web.rest.representation;

/** {@code POST /cases/{id}/deletion}: {@code {"reason": "..."}}, why the case is deleted (kept on its tombstone). */
public record DeletionRequest(String reason) {
}
