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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.PlannedVisitRepresentation;
import jp.jobcoach.workspace.web.rest.representation.PlannedVisitRequest;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitOverviewRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRequest;
import jp.jobcoach.workspace.web.rest.representation.VisitScheduleRepresentation;
import jp.jobcoach.workspace.web.view.Views;
import jp.jobcoach.workspace.web.view.VisitsView;

/** Visit records of a case, a page at a time (as JSON, or as the macro renders them), with planned against done counts. */
@Path("/cases/{caseId}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private final VisitService visits;
    private final CaseService cases;
    private final ErrorResponses errors;
    private final Views views;

    @Inject
    public VisitResource(VisitService visits, CaseService cases, ErrorResponses errors, Views views) {
        this.visits = visits;
        this.cases = cases;
        this.errors = errors.withConflicts(VisitResource::current);
        this.views = views;
    }

    /** A page of the visits with the tallies: {@code ?size=20&cursor=...}; {@code next} is the following page's cursor. */
    @GET
    public Response list(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                         @QueryParam("cursor") String cursor) {
        return errors.respond(() -> json(Status.OK, Json.write(VisitOverviewRepresentation.from(
                visits.overview(caseId, PageRequest.parse(size, cursor, true))))));
    }

    /** The same page as the {@code jobcoach-visits} macro's compact rows, for its "more" ({@link VisitsView#renderOlder}). */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response olderRows(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                              @QueryParam("cursor") String cursor) {
        return errors.respond(() -> html(VisitsView.renderOlder(views.forViewer(true),
                visits.page(cases.get(caseId), PageRequest.parse(size, cursor, true)))));
    }

    /**
     * The {@code jobcoach-visits} macro's body as it renders now for the caller (its first page), for its script to put
     * in place of the one shown after a save ({@link VisitsView#render}); the same guard as the macro (VISITS view).
     */
    @GET
    @Path("overview/html")
    @Produces(MediaType.TEXT_HTML)
    public Response rendered(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            return html(VisitsView.render(views.forViewer(true),
                    VisitsView.Model.of(on, visits.overview(on, PageRequest.first(PageRequest.DEFAULT_SIZE)))));
        });
    }

    /** One visit rendered in full, with its forms for those who write visits ({@link VisitsView#renderOpened}). */
    @GET
    @Path("{visitId}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response opened(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            Stored<VisitRecord> visit = visits.get(on, visitId);
            return html(VisitsView.renderOpened(views.forViewer(true),
                    VisitsView.Model.of(on, VisitOverview.of(visit))));
        });
    }

    /** Body: {@code {"visit": {...}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED,
                Json.write(stored(visits.create(caseId, Json.request(body, VisitRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 2, "visit": {...}}}. */
    @PUT
    @Path("{visitId}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId, String body) {
        return errors.respond(() -> {
            VisitRequest request = Json.request(body, VisitRequest.class);
            return json(Status.OK, Json.write(stored(visits.update(caseId, visitId, request.version(), request.toDomain()))));
        });
    }

    @DELETE
    @Path("{visitId}")
    public Response delete(@PathParam("caseId") long caseId, @PathParam("visitId") long visitId,
                           @QueryParam("version") int version) {
        return errors.respond(() -> {
            visits.delete(caseId, visitId, version);
            return Response.noContent().build();
        });
    }

    /**
     * The planned visits of {@code ?from=&to=} (ISO days, both included; by default the days the visits page lists),
     * each with where it stands against the visits recorded.
     */
    @GET
    @Path("planned")
    public Response planned(@PathParam("caseId") long caseId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return errors.respond(() -> json(Status.OK, Json.write(VisitScheduleRepresentation.from(
                visits.schedule(caseId, day("from", from), day("to", to))))));
    }

    /** One planned visit. */
    @GET
    @Path("planned/{plannedId}")
    public Response plannedOne(@PathParam("caseId") long caseId, @PathParam("plannedId") long plannedId) {
        return errors.respond(() -> json(Status.OK, Json.write(planned(visits.getPlanned(caseId, plannedId)))));
    }

    /** Body: {@code {"plannedVisit": {"date", "coachKey", "note"}}}. */
    @POST
    @Path("planned")
    public Response plan(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(planned(visits.plan(caseId,
                Json.request(body, PlannedVisitRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 1, "plannedVisit": {...}}}. */
    @PUT
    @Path("planned/{plannedId}")
    public Response replan(@PathParam("caseId") long caseId, @PathParam("plannedId") long plannedId, String body) {
        return errors.respond(() -> {
            PlannedVisitRequest request = Json.request(body, PlannedVisitRequest.class);
            return json(Status.OK, Json.write(planned(visits.replan(caseId, plannedId, request.version(), request.toDomain()))));
        });
    }

    /** Cancels a planned visit: {@code ?version=} is the version shown. */
    @DELETE
    @Path("planned/{plannedId}")
    public Response cancelPlanned(@PathParam("caseId") long caseId, @PathParam("plannedId") long plannedId,
                                  @QueryParam("version") int version) {
        return errors.respond(() -> {
            visits.cancelPlanned(caseId, plannedId, version);
            return Response.noContent().build();
        });
    }

    /** A day from a query parameter; absent stays absent, anything else is a 400 on that parameter. */
    private static LocalDate day(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new ValidationException(new FieldError(field, Check.UNKNOWN_VALUE, text));
        }
    }

    /** What a 409 shows: the visit or the planned visit as stored now. */
    @SuppressWarnings("unchecked")
    private static StoredRepresentation<?> current(Stored<?> stored) {
        return stored.value() instanceof PlannedVisit ? planned((Stored<PlannedVisit>) stored) : stored((Stored<VisitRecord>) stored);
    }

    private static StoredRepresentation<PlannedVisitRepresentation> planned(Stored<PlannedVisit> stored) {
        return StoredRepresentation.of(stored, PlannedVisitRepresentation::from);
    }

    private static StoredRepresentation<VisitRepresentation> stored(Stored<VisitRecord> stored) {
        return StoredRepresentation.of(stored, VisitRepresentation::from);
    }
}
