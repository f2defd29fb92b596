package jp.jobcoach.workspace.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.WorkerCopyService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.WorkerCopyRepresentation;
import jp.jobcoach.workspace.web.view.Views;
import jp.jobcoach.workspace.web.view.WorkerCopyView;

/**
 * The worker's own copy of everything the plugin holds about them: JSON to keep or take elsewhere, and a printable
 * page in their language. Each request is audited as an export (the service decides who may have it).
 */
@Path("/cases/{caseId}/my-data")
public class WorkerCopyResource {
    private final WorkerCopyService copies;
    private final ErrorResponses errors;
    private final People people;
    private final Views views;

    @Inject
    public WorkerCopyResource(WorkerCopyService copies, ErrorResponses errors, People people, Views views) {
        this.copies = copies;
        this.errors = errors;
        this.people = people;
        this.views = views;
    }

    /** Downloaded as {@code jobcoach-case-<id>-my-data.json}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("caseId") long caseId) {
        return errors.respond(() -> Response.ok(Json.write(WorkerCopyRepresentation.from(copies.copy(caseId),
                        people::displayName)), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(caseId, "json") + "\"")
                .build());
    }

    /** The same as a whole HTML page, static, for printing or saving as PDF. */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response html(@PathParam("caseId") long caseId) {
        return errors.respond(() -> Response.ok(WorkerCopyView.render(views.forViewer(false), copies.copy(caseId)),
                        "text/html;charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + fileName(caseId, "html") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build());
    }

    static String fileName(long caseId, String extension) {
        return "jobcoach-case-" + caseId + "-my-data." + extension;
    }
}
