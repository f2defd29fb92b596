package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.ErrorResponses.json;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.service.TeamService;
import jp.jobcoach.workspace.web.ErrorResponses;
import jp.jobcoach.workspace.web.Json;

/** The team of a case: list, add a member in a role, remove a member (all their roles). */
@Path("/cases/{caseId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final TeamService teams;
    private final ErrorResponses errors;

    @Inject
    public TeamResource(TeamService teams, ErrorResponses errors) {
        this.teams = teams;
        this.errors = errors;
    }

    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(teams.team(caseId))));
    }

    /** Body: {@code {"member": {"userKey": "...", "role": "CENTER_COACH", "slot": "SECONDARY"}}}; answers the team. */
    @POST
    public Response add(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            TeamMember member = Json.required(Json.object(body), "member", TeamMember.class);
            return json(Status.CREATED, Json.write(teams.add(caseId, member)));
        });
    }

    /** Answers the team without the member. */
    @DELETE
    @Path("{userKey}")
    public Response remove(@PathParam("caseId") long caseId, @PathParam("userKey") String userKey) {
        return errors.respond(() -> json(Status.OK, Json.write(teams.remove(caseId, userKey))));
    }
}
