package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.ErasureService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.RetentionRepresentation;
import jp.jobcoach.workspace.web.rest.representation.TombstoneRepresentation;

/** For administrators: the retention period of closed cases, and the tombstones of deleted cases. */
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {
    private final ErasureService erasures;
    private final ErrorResponses errors;
    private final People people;

    @Inject
    public RetentionResource(ErasureService erasures, ErrorResponses errors, People people) {
        this.erasures = erasures;
        this.errors = errors;
        this.people = people;
    }

    @GET
    public Response retention() {
        return errors.respond(() -> json(Status.OK, Json.write(RetentionRepresentation.from(erasures.retentionSetting()))));
    }

    /** Body {@code {"years": n}}, from 1 to 30. */
    @PUT
    public Response setRetention(String body) {
        return errors.respond(() -> json(Status.OK, Json.write(RetentionRepresentation.from(
                erasures.setRetention(Json.request(body, RetentionRepresentation.class).years())))));
    }

    /** The newest tombstones first, at most {@code limit} (200 at most). */
    @GET
    @Path("deletions")
    public Response deletions(@QueryParam("limit") @DefaultValue("50") int limit) {
        return errors.respond(() -> json(Status.OK, Json.write(TombstoneRepresentation.Page.from(
                erasures.tombstones(limit), people::displayName))));
    }
}
