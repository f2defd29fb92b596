package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.service.CalendarFeedService;

/**
 * A feed just made or given a new token: {@code {"feed": {…}, "token", "path"}}, where {@code path} is the feed's
 * address below the site (the site's base URL in front of it makes the subscription URL). The only answer that
 * carries the token: it is not stored, only its hash.
 */
public record IssuedFeedRepresentation(CalendarFeedRepresentation feed, String token, String path) {
    public static final String SERVLET = "/plugins/servlet/jobcoach/calendar/";

    public static IssuedFeedRepresentation from(CalendarFeedService.Issued issued, String basePath) {
        return new IssuedFeedRepresentation(CalendarFeedRepresentation.from(issued.feed()), issued.token(),
                basePath + SERVLET + issued.token() + ".ics");
    }
}
