package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.service.TaskAnalysisService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.TaskSessionRepresentation;
import jp.jobcoach.workspace.web.rest.representation.TaskSessionRequest;

/** The recorded sessions of one task analysis: record, correct (409 with the session as it is now), delete. */
@Path("/cases/{caseId}/task-analyses/{analysisId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskSessionResource {
    private final TaskAnalysisService tasks;
    private final ErrorResponses errors;

    @Inject
    public TaskSessionResource(TaskAnalysisService tasks, ErrorResponses errors) {
        this.tasks = tasks;
        this.errors = errors.withConflicts(TaskSessionResource::stored);
    }

    /** Body: {@code {"session": {date, durationMinutes, note, observations: [{stepId, level, errors, note}]}}}. */
    @POST
    public Response record(@PathParam("caseId") long caseId, @PathParam("analysisId") long analysisId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(stored(tasks.recordSession(caseId, analysisId,
                Json.request(body, TaskSessionRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 1, "session": {...}}}: the whole session as corrected. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("analysisId") long analysisId,
                           @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            TaskSessionRequest request = Json.request(body, TaskSessionRequest.class);
            return json(Status.OK, Json.write(stored(tasks.updateSession(caseId, analysisId, id, request.version(),
                    request.toDomain()))));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("caseId") long caseId, @PathParam("analysisId") long analysisId,
                           @PathParam("id") long id, @QueryParam("version") int version) {
        return errors.respond(() -> {
            tasks.deleteSession(caseId, analysisId, id, version);
            return Response.noContent().build();
        });
    }

    private static StoredRepresentation<TaskSessionRepresentation> stored(Stored<TaskSession> stored) {
        return StoredRepresentation.of(stored, TaskSessionRepresentation::from);
    }
}
