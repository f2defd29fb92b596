package jp.jobcoach.workspace.web.rest.representation;

/**
 * A 409: {@code {"current": ...}}, the record as it is now in the representation of the resource that was
 * written (absent when there is none any more), so that the form can show it beside the user's unsaved text.
 */
public record ConflictRepresentation(Object current) {
}
