package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.ErrorResponses.json;

import com.google.gson.JsonObject;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.ErrorResponses;
import jp.jobcoach.workspace.web.Json;

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
        this.errors = errors;
    }

    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(visits.overview(caseId))));
    }

    /** Body: {@code {"visit": {...}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(visits.create(caseId, visitOf(Json.object(body))))));
    }

    /** Body: {@code {"version": 2, "visit": {...}}}. */
    @PUT
    @Path("{visitId}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            return json(Status.OK, Json.write(visits.update(caseId, visitId, Json.intMember(request, "version"), visitOf(request))));
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

    private static VisitRecord visitOf(JsonObject request) {
        VisitRecord value = Json.member(request, "visit", VisitRecord.class);
        if (value == null) {
            throw Json.missing("visit");
        }
        return value;
    }
}
