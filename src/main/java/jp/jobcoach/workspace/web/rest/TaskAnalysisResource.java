package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

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
import jp.jobcoach.workspace.domain.Stored;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.task.PromptLevel;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskProgress;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.web.view.ViewText;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.TaskAnalysisService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.TaskAnalysisRepresentation;
import jp.jobcoach.workspace.web.rest.representation.TaskAnalysisRequest;
import jp.jobcoach.workspace.web.rest.representation.TaskSheetRepresentation;
import jp.jobcoach.workspace.web.view.TaskAnalysisView;
import jp.jobcoach.workspace.web.view.Views;

/**
 * Task analyses of a case: the list with each one's figures, one analysis with its sessions (JSON, or rendered for the
 * macro's script, {@code /html}), create, and update of the analysis with its step list.
 */
@Path("/cases/{caseId}/task-analyses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskAnalysisResource {
    private final TaskAnalysisService tasks;
    private final ErrorResponses errors;
    private final Views views;
    private final TimeSource time;

    @Inject
    public TaskAnalysisResource(TaskAnalysisService tasks, ErrorResponses errors, Views views, TimeSource time) {
        this.tasks = tasks;
        this.time = time;
        this.errors = errors.withConflicts(TaskAnalysisResource::stored);
        this.views = views;
    }

    /** {@code {"analyses": [{analysis, latestRate, trend, readyToFade, steps}]}}. */
    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(TaskSheetRepresentation.Sheets.from(tasks.sheets(caseId)))));
    }

    /** Body: {@code {"analysis": {title, goal, setting, instructor, fadingThreshold, status, steps: [{action, ...}]}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED, Json.write(stored(
                tasks.create(caseId, Json.request(body, TaskAnalysisRequest.class).toDomain())))));
    }

    /** The analysis with every session and the figures. */
    @GET
    @Path("{id}")
    public Response sheet(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return errors.respond(() -> json(Status.OK, Json.write(TaskSheetRepresentation.from(tasks.sheet(caseId, id), true))));
    }

    /** The analysis's worksheet as the macro renders it, for the script to put in place of the old one after a save. */
    @GET
    @Path("{id}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response sheetHtml(@PathParam("caseId") long caseId, @PathParam("id") long id) {
        return errors.respond(() -> {
            TaskAnalysisService.Worksheet worksheet = tasks.worksheet(caseId, id);
            return html(TaskAnalysisView.renderSheet(views.forViewer(true), new TaskAnalysisView.Model(caseId,
                    worksheet.sheets(), worksheet.mayEdit(), time.today())));
        });
    }

    /**
     * Every analysis as CSV (as ExportResource's files: BOM, the reader's language, formula-safe cells), one row per step
     * × session, oldest session first, the level as its number (blank when not observed) and its label; audited as an
     * export of TASK_ANALYSIS.
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            List<TaskAnalysisService.Sheet> sheets = tasks.export(caseId);
            ViewText text = views.forViewer(false).text();
            List<String> header = List.of(text.field("title"), text.field("status"), text.message("jobcoach.web.task.order"),
                    text.field("steps.action"), text.field("steps.retired"), text.field("date"), text.field("recorderKey"),
                    text.field("recorderRole"), text.message("jobcoach.web.task.csv.level"),
                    text.message("jobcoach.web.task.csv.label"), text.field("observations.errors"),
                    text.field("observations.note"), text.message("jobcoach.web.task.rate-head"));
            return CsvDownload.of("jobcoach-case-" + caseId + "-task-analyses.csv", header, row -> sheets.forEach(sheet -> {
                TaskAnalysis analysis = sheet.analysis().value();
                TaskProgress progress = sheet.progress();
                for (int index = 0; index < progress.sessions().size(); index++) {
                    TaskSession session = progress.sessions().get(index).value();
                    String rate = progress.rate(index).map(each -> each.percent() + "%").orElse("");
                    List<TaskStep> steps = analysis.steps();
                    for (int position = 0; position < steps.size(); position++) {
                        TaskStep step = steps.get(position);
                        PromptLevel level = session.levelOf(step.id());
                        Optional<StepObservation> observation = session.observation(step.id());
                        row.accept(List.of(analysis.title(), text.label(analysis.status()), String.valueOf(position + 1),
                                step.action(), step.retired() ? text.message("jobcoach.web.task.retired") : "",
                                session.date().toString(), text.person(session.recorderKey()),
                                session.recorderRole() == null ? "" : text.label(session.recorderRole()),
                                level.observed() ? String.valueOf(level.score().getAsInt()) : "", text.label(level),
                                observation.map(StepObservation::errors).map(String::valueOf).orElse(""),
                                observation.map(StepObservation::note).orElse(""), rate));
                    }
                }
            }));
        });
    }

    /** Body: {@code {"version": 2, "analysis": {...}}}, the steps in their new order. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("id") long id, String body) {
        return errors.respond(() -> {
            TaskAnalysisRequest request = Json.request(body, TaskAnalysisRequest.class);
            return json(Status.OK, Json.write(stored(tasks.update(caseId, id, request.version(), request.toDomain()))));
        });
    }

    private static StoredRepresentation<TaskAnalysisRepresentation> stored(Stored<TaskAnalysis> stored) {
        return StoredRepresentation.of(stored, TaskAnalysisRepresentation::from);
    }
}
