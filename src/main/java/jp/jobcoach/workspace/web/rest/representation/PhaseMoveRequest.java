package jp.jobcoach.workspace.web.rest.representation;

/** {@code POST /cases/{id}/phase}: {@code {"version", "phase"}}; the phase as text, an unknown one a field error. */
public record PhaseMoveRequest(int version, String phase) {
}
