package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.ErrorResponses.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
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
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.ErrorResponses;
import jp.jobcoach.workspace.web.Json;

/** Accommodations of a case: list with the review-due flag, create, update, lift a step, record a review. */
@Path("/cases/{caseId}/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccommodationResource {
    private static final String BODY = "accommodation";

    private final AccommodationService accommodations;
    private final ErrorResponses errors;

    @Inject
    public AccommodationResource(AccommodationService accommodations, ErrorResponses errors) {
        this.accommodations = accommodations;
        this.errors = errors;
    }

    /** {@code {"accommodations": [stored accommodation + "reviewDue"]}}. */
    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            AccommodationService.ReviewedList accommodationList = accommodations.withReviewsDue(caseId);
            JsonArray list = new JsonArray();
            for (Stored<Accommodation> stored : accommodationList.all()) {
                JsonObject item = Json.tree(stored).getAsJsonObject();
                item.addProperty("reviewDue", accommodationList.dueIds().contains(stored.id()));
                list.add(item);
            }
            JsonObject body = new JsonObject();
            body.add("accommodations", list);
            return json(Status.OK, Json.write(body));
        });
    }

    /** Body: {@code {"accommodation": {title, description, steps:[{label, plannedDate}], reviewDates, reviewsDone, stopConditions}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(
                accommodations.create(caseId, Json.required(Json.object(body), BODY, Accommodation.class)))));
    }

    /** Body: {@code {"version": 2, "accommodation": {...}}}. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            Accommodation value = Json.required(request, BODY, Accommodation.class);
            return json(Status.OK, Json.write(accommodations.update(caseId, id, Json.intMember(request, "version"), value)));
        });
    }

    /** Body: {@code {"version": 2, "step": 0, "date": "2026-05-01"}}; the caller is the approver. */
    @POST
    @Path("{id}/lift")
    public Response liftStep(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            return json(Status.OK, Json.write(accommodations.liftStep(caseId, id, Json.intMember(request, "version"),
                    Json.intMember(request, "step"), Json.member(request, "date", LocalDate.class))));
        });
    }

    /** Body: {@code {"version": 2, "date": "2026-05-01"}}. */
    @POST
    @Path("{id}/review")
    public Response recordReview(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            JsonObject request = Json.object(body);
            return json(Status.OK, Json.write(accommodations.recordReview(caseId, id, Json.intMember(request, "version"),
                    Json.member(request, "date", LocalDate.class))));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("caseId") long caseId, @PathParam("id") long id, @QueryParam("version") int version) {
        return errors.respond(() -> {
            accommodations.delete(caseId, id, version);
            return Response.noContent().build();
        });
    }
}
