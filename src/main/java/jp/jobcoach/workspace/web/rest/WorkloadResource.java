package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.io.Serializable;
import java.time.LocalDate;
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
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.WorkloadService;
import jp.jobcoach.workspace.web.view.Views;
import jp.jobcoach.workspace.web.view.WorkloadView;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.CarryOverRepresentation;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VersionRequest;
import jp.jobcoach.workspace.web.rest.representation.WeekOverviewRepresentation;
import jp.jobcoach.workspace.web.rest.representation.WorkWeekRepresentation;
import jp.jobcoach.workspace.web.rest.representation.WorkloadActualsRequest;
import jp.jobcoach.workspace.web.rest.representation.WorkloadPlanRequest;

/** The workload of a case: a week with its signals and trend, its plan, its actuals, the carry-over. */
@Path("/cases/{caseId}/workload")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkloadResource {
    private final WorkloadService workload;
    private final ErrorResponses errors;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final CaseService cases;
    private final Views views;

    @Inject
    public WorkloadResource(WorkloadService workload, ErrorResponses errors, Messages messages, CurrentUser currentUser,
                            CaseService cases, Views views) {
        this.workload = workload;
        this.errors = errors.<Stored<WorkWeek>>withConflicts(WorkloadResource::stored);
        this.messages = messages;
        this.currentUser = currentUser;
        this.cases = cases;
        this.views = views;
    }

    /**
     * The week rendered as the {@code jobcoach-workload} macro renders it ({@link WorkloadView#renderWeek}), for its
     * moves between weeks and its saves in place; failures answer as for {@link #week}, in JSON.
     */
    @GET
    @Path("{week}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response weekHtml(@PathParam("caseId") long caseId, @PathParam("week") String week) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            return ErrorResponses.html(WorkloadView.renderWeek(views.forViewer(true),
                    new WorkloadView.Model(caseId, workload.week(on, required(week)), on.team())));
        });
    }

    /** {@code ?week=2026-04-06} (any day of the week; this week when absent). */
    @GET
    public Response week(@PathParam("caseId") long caseId, @QueryParam("week") String week) {
        return errors.respond(() -> json(Status.OK, Json.write(WeekOverviewRepresentation.from(
                workload.week(caseId, day(week)), this::reason))));
    }

    /** Body: {@link WorkloadPlanRequest}; the week's Monday in the path. */
    @PUT
    @Path("{week}/plan")
    public Response plan(@PathParam("caseId") long caseId, @PathParam("week") String week, String body) {
        return errors.respond(() -> {
            WorkloadPlanRequest request = Json.request(body, WorkloadPlanRequest.class);
            WorkloadPlanRequest.Plan plan = request.required();
            return json(Status.OK, Json.write(stored(workload.plan(caseId, required(week), request.version(),
                    plan.hours(), plan.domainTasks(), plan.note()))));
        });
    }

    /** Body: {@link WorkloadActualsRequest}. */
    @PUT
    @Path("{week}/actuals")
    public Response actuals(@PathParam("caseId") long caseId, @PathParam("week") String week, String body) {
        return errors.respond(() -> {
            WorkloadActualsRequest request = Json.request(body, WorkloadActualsRequest.class);
            WorkloadActualsRequest.Actuals actuals = request.required();
            return json(Status.OK, Json.write(stored(workload.actuals(caseId, required(week), request.version(),
                    actuals.hours(), actuals.domainOutcomes()))));
        });
    }

    /** Body: {@code {"version": 2}}, the week's version; answers both weeks. */
    @POST
    @Path("{week}/carry-over")
    public Response carryOver(@PathParam("caseId") long caseId, @PathParam("week") String week, String body) {
        return errors.respond(() -> json(Status.OK, Json.write(CarryOverRepresentation.from(workload.carryOver(caseId,
                required(week), Json.request(body, VersionRequest.class).version())))));
    }

    private String reason(WorkloadSignal signal) {
        return messages.text(currentUser.locale(), signal.reasonKey(), signal.args().toArray(Serializable[]::new));
    }

    private static StoredRepresentation<WorkWeekRepresentation> stored(Stored<WorkWeek> stored) {
        return StoredRepresentation.of(stored, WorkWeekRepresentation::from);
    }

    private static LocalDate required(String text) {
        LocalDate day = day(text);
        if (day == null) {
            throw Json.missing("week");
        }
        return day;
    }

    /** A day from the path or query; absent stays absent, text that is not a day is a 400. */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Json.missing("week");
        }
    }
}
