package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CasePageRestrictions;
import jp.jobcoach.workspace.service.CasePageService;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.web.CasePageDraft;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.CasePagesRepresentation;
import jp.jobcoach.workspace.web.rest.representation.MissingPagesRepresentation;
import jp.jobcoach.workspace.web.rest.representation.PageFilingRequest;
import jp.jobcoach.workspace.web.rest.representation.PageRestrictionsRepresentation;

/**
 * The pages of a case below its home page. The browser creates a missing page through Confluence's own REST API
 * from {@code GET missing}, then files it with {@code PUT {kind}} (docs/decisions.md #9).
 */
@Path("/cases/{caseId}/pages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasePageResource {
    private final CasePageService casePages;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final ErrorResponses errors;
    private final CasePageRestrictions restrictions;

    @Inject
    public CasePageResource(CasePageService casePages, Messages messages, CurrentUser currentUser, ErrorResponses errors,
                            CasePageRestrictions restrictions) {
        this.casePages = casePages;
        this.restrictions = restrictions;
        this.messages = messages;
        this.currentUser = currentUser;
        this.errors = errors.withConflicts(CasePagesRepresentation.Page::all);
    }

    /** {@code {"pages": [{"kind": "PLAN", "exists": true, "link": {"id", "title", "url", "spaceKey"}}, ...]}} */
    @GET
    public Response list(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, pages(casePages.pages(caseId))));
    }

    /**
     * What to create: {@code {"parentPageId": 1, "spaceKey": "CASES", "homeTitle", "pages": [{"kind", "titles",
     * "body"}]}}, the body in storage format and the titles in the caller's language.
     */
    @GET
    @Path("missing")
    public Response missing(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            MissingPages missing = casePages.missing(caseId);
            Locale locale = currentUser.locale();
            return json(Status.OK, Json.write(MissingPagesRepresentation.from(missing,
                    CasePageDraft.homeTitle(missing.number(), missing.workerName(), messages, locale),
                    CasePageDraft.of(missing, messages, locale))));
        });
    }

    /** Who may open the case's pages, and whether they are not yet restricted (any member). */
    @GET
    @Path("restrictions")
    public Response restrictions(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(PageRestrictionsRepresentation.from(restrictions.status(caseId)))));
    }

    /** Sets the pages' restrictions again (the case panel's retry; a member who changes the team). No body. */
    @POST
    @Path("restrictions")
    public Response restrictAgain(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(PageRestrictionsRepresentation.from(restrictions.retry(caseId)))));
    }

    /** Body {@code {"pageId": 123}}: that page is the case's page of this kind. Answers the case's pages. */
    @PUT
    @Path("{kind}")
    public Response file(@PathParam("caseId") long caseId, @PathParam("kind") String kind, String body) {
        return errors.respond(() -> {
            long pageId = Json.request(body, PageFilingRequest.class).requiredPageId();
            Check check = new Check();
            Optional<CasePageKind> parsed = check.parse("kind", kind, CasePageKind.class);
            ValidationException.throwIfAny(check.errors());
            return json(Status.OK, pages(casePages.file(caseId, parsed.orElseThrow(), pageId)));
        });
    }

    private static String pages(List<CasePage> pages) {
        return Json.write(CasePagesRepresentation.from(pages));
    }
}
