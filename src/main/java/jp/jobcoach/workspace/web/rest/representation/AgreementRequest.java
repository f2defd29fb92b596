package jp.jobcoach.workspace.web.rest.representation;

/** {@code POST /cases/{id}/plan/agreements}: {@code {"revision", "role"}}; the role as text, an unknown one a field error. */
public record AgreementRequest(int revision, String role) {
}
