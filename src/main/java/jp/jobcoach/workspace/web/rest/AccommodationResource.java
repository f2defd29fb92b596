package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

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
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.web.view.AccommodationsView;
import jp.jobcoach.workspace.web.view.Views;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.AccommodationListRepresentation;
import jp.jobcoach.workspace.web.rest.representation.AccommodationRepresentation;
import jp.jobcoach.workspace.web.rest.representation.AccommodationRequest;
import jp.jobcoach.workspace.web.rest.representation.ReviewRequest;
import jp.jobcoach.workspace.web.rest.representation.StepLiftRequest;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;

/** Accommodations of a case: list with the review-due flag, create, update, lift a step, record a review. */
@Path("/cases/{caseId}/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccommodationResource {
    private final AccommodationService accommodations;
    private final ErrorResponses errors;
    private final CaseService cases;
    private final TimeSource time;
    private final Views views;

    @Inject
    public AccommodationResource(AccommodationService accommodations, ErrorResponses errors, CaseService cases,
                                 TimeSource time, Views views) {
        this.accommodations = accommodations;
        this.errors = errors.withConflicts(AccommodationResource::stored);
        this.cases = cases;
        this.time = time;
        this.views = views;
    }

    /**
     * The accommodations macro as it renders now for the caller, for its script to put in place of the one shown
     * after a save ({@link AccommodationsView#render}); the same guard as the macro (ACCOMMODATIONS view).
     */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response rendered(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            return html(AccommodationsView.render(views.forViewer(true), new AccommodationsView.Model(caseId,
                    accommodations.list(caseId), time.today(), time.now(), on.actorKey(),
                    on.may(DataCategory.ACCOMMODATIONS, Access.EDIT))));
        });
    }

    /** {@code {"accommodations": [stored accommodation + "reviewDue"]}}. */
    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK,
                Json.write(AccommodationListRepresentation.from(accommodations.withReviewsDue(caseId)))));
    }

    /** Body: {@code {"accommodation": {title, description, steps:[{label, plannedDate}], reviewDates, reviewsDone, stopConditions}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(stored(
                accommodations.create(caseId, Json.request(body, AccommodationRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 2, "accommodation": {...}}}. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            AccommodationRequest request = Json.request(body, AccommodationRequest.class);
            return json(Status.OK, Json.write(stored(accommodations.update(caseId, id, request.version(), request.toDomain()))));
        });
    }

    /** Body: {@code {"version": 2, "step": 0, "date": "2026-05-01"}}; the caller is the approver. */
    @POST
    @Path("{id}/lift")
    public Response liftStep(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            StepLiftRequest request = Json.request(body, StepLiftRequest.class);
            return json(Status.OK, Json.write(stored(
                    accommodations.liftStep(caseId, id, request.version(), request.step(), request.date()))));
        });
    }

    /**
     * Body: {@code {"version": 3, "step": 0}}: the caller takes back their own lift of that step, within 15 minutes
     * of it (400 otherwise; 409 if the accommodation changed since).
     */
    @POST
    @Path("{id}/lift/undo")
    public Response undoLift(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            StepLiftRequest request = Json.request(body, StepLiftRequest.class);
            return json(Status.OK, Json.write(stored(
                    accommodations.undoLift(caseId, id, request.version(), request.step()))));
        });
    }

    /** Body: {@code {"version": 2, "date": "2026-05-01"}}. */
    @POST
    @Path("{id}/review")
    public Response recordReview(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            ReviewRequest request = Json.request(body, ReviewRequest.class);
            return json(Status.OK, Json.write(stored(accommodations.recordReview(caseId, id, request.version(), request.date()))));
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

    private static StoredRepresentation<AccommodationRepresentation> stored(Stored<Accommodation> stored) {
        return StoredRepresentation.of(stored, AccommodationRepresentation::from);
    }
}
