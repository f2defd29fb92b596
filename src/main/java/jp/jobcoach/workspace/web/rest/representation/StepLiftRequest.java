package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;

/**
 * {@code POST .../accommodations/{id}/lift}: {@code {"version", "step", "date"}}; the caller is the approver. The same
 * body without {@code date} undoes the caller's lift of that step ({@code .../lift/undo}).
 */
public record StepLiftRequest(int version, int step, LocalDate date) {
}
