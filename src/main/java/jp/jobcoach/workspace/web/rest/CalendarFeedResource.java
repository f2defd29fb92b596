package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.port.Site;
import jp.jobcoach.workspace.service.CalendarFeedService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.CalendarFeedRepresentation;
import jp.jobcoach.workspace.web.rest.representation.CalendarFeedRequest;
import jp.jobcoach.workspace.web.rest.representation.IssuedFeedRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VersionRequest;

/**
 * The caller's calendar subscriptions: list, make (the token is in that answer only), give a new token, revoke.
 * Only their owner sees or changes a feed; someone else's is 404.
 */
@Path("/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {
    private final CalendarFeedService feeds;
    private final ErrorResponses errors;
    private final Site site;

    @Inject
    public CalendarFeedResource(CalendarFeedService feeds, ErrorResponses errors, Site site) {
        this.feeds = feeds;
        this.errors = errors.withConflicts((Stored<CalendarFeed> current) -> CalendarFeedRepresentation.from(current));
        this.site = site;
    }

    /** {@code ?caseId=} keeps the list to that case's feeds ({@code 0}: the feeds of all the caller's cases). */
    @GET
    public Response mine(@QueryParam("caseId") Long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(Map.of("feeds", feeds.mine().stream()
                .filter(feed -> caseId == null || feed.caseId() == caseId)
                .map(CalendarFeedRepresentation::from).toList()))));
    }

    @POST
    public Response create(String body) {
        return errors.respond(() -> {
            CalendarFeedRequest request = Json.request(body, CalendarFeedRequest.class);
            return json(Status.CREATED, Json.write(IssuedFeedRepresentation.from(
                    feeds.create(request.caseId(), request.names(), request.label()), site.basePath())));
        });
    }

    /** Body {@code {"version"}}: a new token; the old one stops working at once. */
    @POST
    @Path("{feedId}/token")
    public Response regenerate(@PathParam("feedId") long feedId, String body) {
        return errors.respond(() -> json(Status.OK, Json.write(IssuedFeedRepresentation.from(
                feeds.regenerate(feedId, Json.request(body, VersionRequest.class).version()), site.basePath()))));
    }

    @DELETE
    @Path("{feedId}")
    public Response revoke(@PathParam("feedId") long feedId, @QueryParam("version") int version) {
        return errors.respond(() -> {
            feeds.revoke(feedId, version);
            return Response.noContent().build();
        });
    }
}
