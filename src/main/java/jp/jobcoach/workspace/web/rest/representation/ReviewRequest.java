package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;

/** {@code POST .../accommodations/{id}/review}: {@code {"version", "date"}}, the day of the review. */
public record ReviewRequest(int version, LocalDate date) {
}
