package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.ErasureService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.DeletionRequest;
import jp.jobcoach.workspace.web.rest.representation.TombstoneRepresentation;

/** Deleting a case on request: occupational health on the case or an administrator, with a reason. */
@Path("/cases/{caseId}/deletion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDeletionResource {
    private final ErasureService erasures;
    private final ErrorResponses errors;
    private final People people;

    @Inject
    public CaseDeletionResource(ErasureService erasures, ErrorResponses errors, People people) {
        this.erasures = erasures;
        this.errors = errors;
        this.people = people;
    }

    /** Body {@code {"reason": "..."}}; deletes the case and everything of it, and answers its tombstone. */
    @POST
    public Response delete(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.OK, Json.write(TombstoneRepresentation.from(
                erasures.requestDeletion(caseId, Json.request(body, DeletionRequest.class).reason()),
                people::displayName))));
    }
}
