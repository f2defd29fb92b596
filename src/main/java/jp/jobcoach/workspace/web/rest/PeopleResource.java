package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.service.PeopleService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.PeopleRepresentation;

/** The people picker's suggestions: {@code GET /people?q=part of a name}; the service decides who and how many. */
@Path("/people")
public class PeopleResource {
    private final PeopleService people;
    private final ErrorResponses errors;

    @Inject
    public PeopleResource(PeopleService people, ErrorResponses errors) {
        this.people = people;
        this.errors = errors;
    }

    /** {@code {"people": [{userKey, username, displayName, avatarUrl}]}}, at most {@link PeopleService#MAX_PEOPLE}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response find(@QueryParam(PeopleService.TERM_FIELD) String term) {
        return errors.respond(() -> json(Status.OK, Json.write(PeopleRepresentation.from(people.find(term)))));
    }
}
