package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.ErrorResponses.json;

import com.google.gson.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.web.ErrorResponses;
import jp.jobcoach.workspace.web.Json;

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
        this.errors = errors;
    }

    @GET
    public Response mine() {
        return errors.respond(() -> json(Status.OK, Json.write(cases.mine())));
    }

    @GET
    @Path("{caseId}")
    public Response get(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            JsonObject body = Json.tree(on.stored()).getAsJsonObject();
            body.add("roles", Json.tree(on.actorRoles()));
            body.add("phaseHistory", Json.tree(cases.phaseHistory(caseId)));
            return json(Status.OK, Json.write(body));
        });
    }

    /** Body: {@code {"creatorRole": "COUNSELOR", "case": {...}}}. */
    @POST
    public Response create(String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            CaseRole role = parse(request, "creatorRole", CaseRole.class);
            return json(Status.CREATED, Json.write(cases.create(caseOf(request), role)));
        });
    }

    /** Body: {@code {"version": 3, "case": {...}}}; the phase in it is ignored. */
    @PUT
    @Path("{caseId}")
    public Response update(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            return json(Status.OK, Json.write(cases.update(caseId, Json.intMember(request, "version"), caseOf(request))));
        });
    }

    /** Body: {@code {"version": 3, "phase": "PLANNING"}}. */
    @POST
    @Path("{caseId}/phase")
    public Response movePhase(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            CasePhase target = parse(request, "phase", CasePhase.class);
            return json(Status.OK, Json.write(cases.movePhase(caseId, Json.intMember(request, "version"), target)));
        });
    }

    private static SupportCase caseOf(JsonObject request) {
        SupportCase value = Json.member(request, "case", SupportCase.class);
        if (value == null) {
            throw Json.missing("case");
        }
        return value;
    }

    /** An enum member, unknown text reported as a field error. */
    static <E extends Enum<E>> E parse(JsonObject request, String field, Class<E> type) {
        Check check = new Check();
        E value = check.parse(field, Json.member(request, field, String.class), type).orElse(null);
        ValidationException.throwIfAny(check.errors());
        return value;
    }
}
