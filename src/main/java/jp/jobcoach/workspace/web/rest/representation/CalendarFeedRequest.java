package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.calendar.FeedNames;

/**
 * {@code POST /calendar-feeds}: {@code {"caseId" (absent: all the caller's cases), "names" (INITIALS, the default, or
 * FULL_NAME), "label" (at most 100 characters, may be empty)}}.
 */
public record CalendarFeedRequest(Long caseId, FeedNames names, String label) {
}
