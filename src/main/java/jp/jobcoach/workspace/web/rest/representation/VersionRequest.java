package jp.jobcoach.workspace.web.rest.representation;

/** {@code POST .../interviews/{id}/final}: {@code {"version"}}, the version being made final. */
public record VersionRequest(int version) {
}
