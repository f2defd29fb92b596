package jp.jobcoach.workspace.domain.interview;

import java.time.LocalDate;

/**
 * One look back at an agreed action, at an interview after the one that agreed it: what came of it and what
 * was said. An action continued over several interviews collects one review per interview.
 */
public record ActionReview(long interviewId, LocalDate interviewDate, ActionStatus outcome, String note) {
}
