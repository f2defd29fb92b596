package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.time.LocalDate;
import java.util.Locale;
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
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.interview.GuidedPrompts;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.ActionResolutionRequest;
import jp.jobcoach.workspace.web.rest.representation.InterviewRepresentation;
import jp.jobcoach.workspace.web.rest.representation.InterviewRequest;
import jp.jobcoach.workspace.web.rest.representation.PromptRepresentation;
import jp.jobcoach.workspace.web.rest.representation.StoredPageRepresentation;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VersionRequest;
import jp.jobcoach.workspace.web.view.InterviewsView;
import jp.jobcoach.workspace.web.view.Views;

/**
 * Retention interviews of a case: a page of them (as JSON, or as the macro's compact rows), one (as JSON, or rendered
 * opened with its editor), draft with carry-over, create, save, resolve actions, finalize; the guide.
 */
@Path("/cases/{caseId}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterviewResource {
    private final InterviewService interviews;
    private final CaseService cases;
    private final ErrorResponses errors;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final Views views;

    @Inject
    public InterviewResource(InterviewService interviews, CaseService cases, ErrorResponses errors, Messages messages,
                             CurrentUser currentUser, Views views) {
        this.interviews = interviews;
        this.cases = cases;
        this.errors = errors.withConflicts(InterviewResource::stored);
        this.messages = messages;
        this.currentUser = currentUser;
        this.views = views;
    }

    /** A page of the interviews, newest first: {@code ?size=20&cursor=...}; {@code next} is the following page's cursor. */
    @GET
    public Response list(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                         @QueryParam("cursor") String cursor) {
        return errors.respond(() -> json(Status.OK, Json.write(StoredPageRepresentation.of(
                interviews.page(caseId, PageRequest.parse(size, cursor, true)), InterviewRepresentation::from))));
    }

    /**
     * The same page as compact rows rendered as the {@code jobcoach-interviews} macro renders its older ones, for
     * its "more" ({@link InterviewsView#renderOlder}); failures answer as for {@link #list}, in JSON.
     */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response olderRows(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                              @QueryParam("cursor") String cursor) {
        return errors.respond(() -> html(InterviewsView.renderOlder(views.forViewer(true),
                interviews.page(caseId, PageRequest.parse(size, cursor, true)))));
    }

    /** One interview rendered opened, with its editor for those who write interviews ({@link InterviewsView#renderOpened}). */
    @GET
    @Path("{interviewId}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response opened(@PathParam("caseId") long caseId, @PathParam("interviewId") long interviewId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            return html(InterviewsView.renderOpened(views.forViewer(true), caseId, interviews.get(on, interviewId),
                    on.team(), on.may(DataCategory.INTERVIEWS, Access.EDIT), interviews.showsWorkerAccount(on)));
        });
    }

    /** The guided prompts in the user's language, in display order; headings have no detail. */
    @GET
    @Path("prompts")
    public Response prompts(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            interviews.draftAllowed(caseId);
            Locale locale = currentUser.locale();
            return json(Status.OK, Json.write(GuidedPrompts.all().stream()
                    .map(prompt -> PromptRepresentation.from(prompt, messages, locale)).toList()));
        });
    }

    /** The form's starting point for {@code date}: the previous interview's open actions carried over. */
    @GET
    @Path("draft")
    public Response draft(@PathParam("caseId") long caseId, @QueryParam("date") String date) {
        return errors.respond(() -> json(Status.OK, Json.write(InterviewRepresentation.from(interviews.draft(caseId, day(date))))));
    }

    @GET
    @Path("{interviewId}")
    public Response get(@PathParam("caseId") long caseId, @PathParam("interviewId") long interviewId) {
        return errors.respond(() -> json(Status.OK, Json.write(stored(interviews.get(caseId, interviewId)))));
    }

    /** Body: {@code {"interview": {...}}}. */
    @POST
    public Response create(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> json(Status.CREATED,
                Json.write(stored(interviews.create(caseId, Json.request(body, InterviewRequest.class).toDomain())))));
    }

    /** Body: {@code {"version": 2, "interview": {...}}}. */
    @PUT
    @Path("{interviewId}")
    public Response update(@PathParam("caseId") long caseId, @PathParam("interviewId") long interviewId, String body) {
        return errors.respond(() -> {
            InterviewRequest request = Json.request(body, InterviewRequest.class);
            return json(Status.OK, Json.write(stored(interviews.update(caseId, interviewId, request.version(),
                    request.toDomain()))));
        });
    }

    /** Body: {@code {"version": 2, "status": "CONTINUED", "note": "...", "dueDate": "2026-05-01"}}. */
    @POST
    @Path("{interviewId}/actions/{actionId}")
    public Response resolveAction(@PathParam("caseId") long caseId, @PathParam("interviewId") long interviewId,
                                  @PathParam("actionId") String actionId, String body) {
        return errors.respond(() -> {
            ActionResolutionRequest request = Json.request(body, ActionResolutionRequest.class);
            return json(Status.OK, Json.write(stored(interviews.resolveAction(caseId, interviewId, request.version(),
                    actionId, request.status(), request.note(), request.dueDate()))));
        });
    }

    /** Body: {@code {"version": 3}}. */
    @POST
    @Path("{interviewId}/final")
    public Response finalize(@PathParam("caseId") long caseId, @PathParam("interviewId") long interviewId, String body) {
        return errors.respond(() -> json(Status.OK, Json.write(stored(interviews.finalize(caseId, interviewId,
                Json.request(body, VersionRequest.class).version())))));
    }

    private static StoredRepresentation<InterviewRepresentation> stored(Stored<RetentionInterview> stored) {
        return StoredRepresentation.of(stored, InterviewRepresentation::from);
    }

    /** A day from a query parameter; absent stays absent (the service names the field). */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Json.missing("date");
        }
    }
}
