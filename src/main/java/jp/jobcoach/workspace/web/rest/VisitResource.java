package jp.jobcoach.workspace.web.rest;

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
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitOverviewRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRequest;

/** Visit records of a case, with planned against done counts. */
@Path("/cases/{caseId}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private final VisitService visits;
    private final ErrorResponses errors;

    @Inject
    public VisitResource(VisitService visits, ErrorResponses errors) {
        this.visits = visits;
        this.errors = errors.withConflicts(VisitResource::stored);
    }

    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(VisitOverviewRepresentation.from(visits.overview(caseId)))));
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
