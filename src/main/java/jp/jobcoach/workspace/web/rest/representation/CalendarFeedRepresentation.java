package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;

/**
 * One of the caller's calendar feeds, without its token (which is shown once only): {@code {"id", "version",
 * "caseId" (absent for a feed of all the caller's cases), "names" (INITIALS or FULL_NAME), "label", "createdAt"}}.
 */
public record CalendarFeedRepresentation(long id, int version, Long caseId, String names, String label, Instant createdAt) {

    public static CalendarFeedRepresentation from(Stored<CalendarFeed> stored) {
        CalendarFeed feed = stored.value();
        return new CalendarFeedRepresentation(stored.id(), stored.version(), feed.caseId(), feed.names().name(),
                feed.label(), feed.createdAt());
    }
}
