package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.util.Arrays;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.TimelinePageRepresentation;
import jp.jobcoach.workspace.web.view.TimelineView;
import jp.jobcoach.workspace.web.view.Views;

/**
 * A case's timeline, a page at a time: {@code ?kinds=VISIT,COMMENT&roles=CENTER_COACH&size=20&cursor=...}, as
 * JSON for API clients, or rendered ({@code /html}) for the macro's script, which inserts the entries as the
 * server rendered them.
 */
@Path("/cases/{caseId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final TimelineService timeline;
    private final ErrorResponses errors;
    private final People people;
    private final Views views;

    @Inject
    public TimelineResource(TimelineService timeline, ErrorResponses errors, People people, Views views) {
        this.timeline = timeline;
        this.errors = errors;
        this.people = people;
        this.views = views;
    }

    /** Kinds and roles repeat or come comma-separated; {@code next} is the cursor of the following page. */
    @GET
    public Response page(@PathParam("caseId") long caseId, @QueryParam("kinds") List<String> kinds,
                         @QueryParam("roles") List<String> roles, @QueryParam("size") String size,
                         @QueryParam("cursor") String cursor) {
        return errors.respond(() -> {
            TimelinePage page = read(caseId, kinds, roles, size, cursor);
            return json(Status.OK, Json.write(TimelinePageRepresentation.from(page, people::displayName)));
        });
    }

    /**
     * The same page rendered as the {@code jobcoach-timeline} macro renders its entries, in the viewer's language
     * ({@link TimelineView#renderEntries}); failures answer as for {@link #page}, in JSON.
     */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response renderedPage(@PathParam("caseId") long caseId, @QueryParam("kinds") List<String> kinds,
                                 @QueryParam("roles") List<String> roles, @QueryParam("size") String size,
                                 @QueryParam("cursor") String cursor) {
        return errors.respond(() -> {
            TimelinePage page = read(caseId, kinds, roles, size, cursor);
            return html(TimelineView.renderEntries(views.forViewer(true), page));
        });
    }

    /** The viewer's own comment leaves the timeline (not Confluence): 204; 404 when they wrote no such comment. */
    @DELETE
    @Path("comments/{commentId}")
    public Response removeComment(@PathParam("caseId") long caseId, @PathParam("commentId") long commentId) {
        return errors.respond(() -> {
            timeline.removeOwnComment(caseId, commentId);
            return Response.noContent().build();
        });
    }

    private TimelinePage read(long caseId, List<String> kinds, List<String> roles, String size, String cursor) {
        return timeline.page(caseId, TimelineQuery.parse(names(kinds), names(roles), size, cursor));
    }

    private static List<String> names(List<String> parameters) {
        return parameters == null ? List.of() : parameters.stream()
                .flatMap(parameter -> Arrays.stream(parameter.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
