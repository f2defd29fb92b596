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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.service.TeamService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.TeamAdditionRequest;
import jp.jobcoach.workspace.web.rest.representation.TeamRepresentation;

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
        return errors.respond(() -> json(Status.OK, Json.write(TeamRepresentation.from(teams.team(caseId)))));
    }

    /**
     * Body: {@code {"member": {"username": "...", "role": "CENTER_COACH", "slot": "SECONDARY"}}} — or
     * {@code "userKey"} instead of {@code "username"} for clients that already hold the key; answers the team.
     */
    @POST
    public Response add(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            TeamAdditionRequest.NewMember member = Json.request(body, TeamAdditionRequest.class).requiredMember();
            Team team = member.byUserKey()
                    ? teams.add(caseId, member.toDomain())
                    : teams.addPerson(caseId, member.username(), member.role(), member.slot());
            return json(Status.CREATED, Json.write(TeamRepresentation.from(team)));
        });
    }

    /** Answers the team without the member. */
    @DELETE
    @Path("{userKey}")
    public Response remove(@PathParam("caseId") long caseId, @PathParam("userKey") String userKey) {
        return errors.respond(() -> json(Status.OK, Json.write(TeamRepresentation.from(teams.remove(caseId, userKey)))));
    }
}
