package jp.jobcoach.workspace.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CalendarFeedService;

/**
 * The calendar feeds: {@code GET /plugins/servlet/jobcoach/calendar/<token>.ics}. Calendar programs (Outlook, Google
 * Calendar, Apple Calendar) subscribe to a URL and send no cookie, so the secret token in the path stands in for the
 * session here, and only here: it names a feed, the feed its owner, and the owner's access as it is now decides
 * what the feed shows (CalendarFeedService). A servlet module, because Confluence hands a plugin servlet every
 * request and leaves authentication to it, where its REST module refuses requests without a licensed user
 * (docs/decisions.md, "iCalendar library: biweekly"). A malformed, unknown or revoked token is 404, with nothing
 * that tells them apart.
 */
public class CalendarFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = ".ics";

    private final transient CalendarFeedService feeds;
    private final transient Messages messages;
    private final transient TimeSource time;

    @Inject
    public CalendarFeedServlet(CalendarFeedService feeds, Messages messages, TimeSource time) {
        this.feeds = feeds;
        this.messages = messages;
        this.time = time;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<CalendarFeedService.Fetched> fetched = feeds.fetch(token(request.getPathInfo()));
        if (fetched.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = IcsFeed.write(fetched.get(), messages, time.now()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(IcsFeed.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"jobcoach.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code /<token>.ics} to the token; anything else to null. */
    static String token(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return null;
        }
        return pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
    }
}
