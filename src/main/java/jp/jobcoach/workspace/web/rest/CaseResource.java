package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.CaseDetailRepresentation;
import jp.jobcoach.workspace.web.rest.representation.CaseRepresentation;
import jp.jobcoach.workspace.web.rest.representation.CaseRequest;
import jp.jobcoach.workspace.web.rest.representation.PhaseMoveRequest;
import jp.jobcoach.workspace.web.rest.representation.StoredPageRepresentation;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;

/** Cases: list mine, read, open, change, move phase. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final CaseService cases;
    private final ErrorResponses errors;

    @Inject
    public CaseResource(CaseService cases, ErrorResponses errors) {
        this.cases = cases;
        this.errors = errors.withConflicts(CaseResource::stored);
    }

    /** A page of my cases, newest first: {@code ?size=20&cursor=...}; {@code next} is the following page's cursor. */
    @GET
    public Response mine(@QueryParam("size") String size, @QueryParam("cursor") String cursor) {
        return errors.respond(() -> json(Status.OK, Json.write(StoredPageRepresentation.of(
                cases.mine(PageRequest.parse(size, cursor, false)), CaseRepresentation::from))));
    }

    @GET
    @Path("{caseId}")
    public Response get(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK,
                Json.write(CaseDetailRepresentation.from(cases.get(caseId), cases.phaseHistory(caseId)))));
    }

    /** Body: {@code {"creatorRole": "COUNSELOR", "case": {...}}}. */
    @POST
    public Response create(String body) {
        return errors.respond(() -> {
            CaseRequest request = Json.request(body, CaseRequest.class);
            CaseRole role = parse("creatorRole", request.creatorRole(), CaseRole.class);
            return json(Status.CREATED, Json.write(stored(cases.create(request.toDomain(), role))));
        });
    }

    /** Body: {@code {"version": 3, "case": {...}}}; the phase in it is ignored. */
    @PUT
    @Path("{caseId}")
    public Response update(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            CaseRequest request = Json.request(body, CaseRequest.class);
            return json(Status.OK, Json.write(stored(cases.update(caseId, request.version(), request.toDomain()))));
        });
    }

    /** Body: {@code {"version": 3, "phase": "PLANNING"}}. */
    @POST
    @Path("{caseId}/phase")
    public Response movePhase(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            PhaseMoveRequest request = Json.request(body, PhaseMoveRequest.class);
            CasePhase target = parse("phase", request.phase(), CasePhase.class);
            return json(Status.OK, Json.write(stored(cases.movePhase(caseId, request.version(), target))));
        });
    }

    private static StoredRepresentation<CaseRepresentation> stored(Stored<SupportCase> stored) {
        return StoredRepresentation.of(stored, CaseRepresentation::from);
    }

    /** An enum sent as text, unknown text reported as a field error. */
    static <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        Check check = new Check();
        E value = check.parse(field, text, type).orElse(null);
        ValidationException.throwIfAny(check.errors());
        return value;
    }
}
