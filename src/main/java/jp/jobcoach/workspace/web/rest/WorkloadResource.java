package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
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
import jp.jobcoach.workspace.domain.workload.WeekTask;
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
    /**
     * Every week as CSV (as ExportResource's files: BOM, the reader's language, ISO dates, formula-safe cells), oldest
     * first: per week seven day rows (planned and worked hours), then one row per task; HR gets the day rows only.
     * Audited as an export of WORKLOAD.
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            WorkloadService.Export export = workload.startExport(caseId);
            jp.jobcoach.workspace.web.view.ViewText text = views.forViewer(false).text();
            List<String> header = List.of(text.message("jobcoach.web.workload.csv.week"),
                    text.message("jobcoach.web.workload.csv.row"), text.field("date"), text.field("plannedHours"),
                    text.field("actualHours"), text.field("tasks.title"), text.field("tasks.estimatedHours"),
                    text.field("tasks.due"), text.field("tasks.assignedBy"), text.field("outcomes"),
                    text.message("jobcoach.web.workload.csv.carried-from"), text.field("tasks.taskAnalysisId"));
            String day = text.message("jobcoach.web.workload.csv.day");
            String task = text.message("jobcoach.web.workload.csv.task");
            return CsvDownload.of("jobcoach-case-" + caseId + "-workload.csv", header, row -> workload.export(export, stored -> {
                WorkWeek week = stored.value();
                String start = week.start().toString();
                for (int index = 0; index < WorkWeek.DAYS; index++) {
                    row.accept(List.of(start, day, week.day(index).toString(), hours(week.plannedHours().get(index)),
                            hours(week.actualHours().get(index)), "", "", "", "", "", "", ""));
                }
                for (WeekTask each : week.tasks()) {
                    row.accept(List.of(start, task, "", "", "", each.title(), hours(each.estimatedHours()),
                            each.due() == null ? "" : each.due().toString(),
                            each.assignedBy() == null ? "" : text.person(each.assignedBy()), text.label(each.outcome()),
                            each.carriedFrom() == null ? "" : each.carriedFrom().toString(), analysis(text, export, each)));
                }
            }));
        });
    }

    /** The linked analysis by title for one who sees analyses, else only that one is linked; empty when none. */
    private static String analysis(jp.jobcoach.workspace.web.view.ViewText text, WorkloadService.Export export, WeekTask task) {
        if (task.taskAnalysisId() == null) {
            return "";
        }
        String title = export.seesAnalyses() ? export.analyses().get(task.taskAnalysisId()) : null;
        return title == null ? text.message("jobcoach.web.workload.analysis-linked") : title;
    }

    /** Hours as a plain number ("6.5", "7"), which spreadsheets in either language read; empty when not entered. */
    private static String hours(Double hours) {
        return hours == null ? "" : java.math.BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

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
