package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitOverviewRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRequest;
import jp.jobcoach.workspace.web.view.Views;
import jp.jobcoach.workspace.web.view.VisitsView;

/** Visit records of a case, a page at a time (as JSON, or as the macro renders them), with planned against done counts. */
@Path("/cases/{caseId}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private final VisitService visits;
    private final CaseService cases;
    private final ErrorResponses errors;
    private final Views views;

    @Inject
    public VisitResource(VisitService visits, CaseService cases, ErrorResponses errors, Views views) {
        this.visits = visits;
        this.cases = cases;
        this.errors = errors.withConflicts(VisitResource::stored);
        this.views = views;
    }

    /** A page of the visits with the tallies: {@code ?size=20&cursor=...}; {@code next} is the following page's cursor. */
    @GET
    public Response list(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                         @QueryParam("cursor") String cursor) {
        return errors.respond(() -> json(Status.OK, Json.write(VisitOverviewRepresentation.from(
                visits.overview(caseId, PageRequest.parse(size, cursor, true))))));
    }

    /** The same page as the {@code jobcoach-visits} macro's compact rows, for its "more" ({@link VisitsView#renderOlder}). */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response olderRows(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                              @QueryParam("cursor") String cursor) {
        return errors.respond(() -> html(VisitsView.renderOlder(views.forViewer(true),
                visits.page(cases.get(caseId), PageRequest.parse(size, cursor, true)))));
    }

    /** One visit rendered in full, with its forms for those who write visits ({@link VisitsView#renderOpened}). */
    @GET
    @Path("{visitId}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response opened(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            Stored<VisitRecord> visit = visits.get(on, visitId);
            return html(VisitsView.renderOpened(views.forViewer(true),
                    VisitsView.Model.of(on, new VisitOverview(new Page<>(List.of(visit), null), List.of()))));
        });
    }

    /** Body: {@code {"visit": {...}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED,
                Json.write(stored(visits.create(caseId, Json.request(body, VisitRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 2, "visit": {...}}}. */
    @PUT
    @Path("{visitId}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId, String body) {
        return errors.respond(() -> {
            VisitRequest request = Json.request(body, VisitRequest.class);
            return json(Status.OK, Json.write(stored(visits.update(caseId, visitId, request.version(), request.toDomain()))));
        });
    }

    @DELETE
    @Path("{visitId}")
    public Response delete(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId,
                           @QueryParam("version") int version) {
        return errors.respond(() -> {
            visits.delete(caseId, visitId, version);
            return Response.noContent().build();
        });
    }

    private static StoredRepresentation<VisitRepresentation> stored(Stored<VisitRecord> stored) {
        return StoredRepresentation.of(stored, VisitRepresentation::from);
    }
}
