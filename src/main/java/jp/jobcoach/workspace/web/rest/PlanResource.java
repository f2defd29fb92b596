package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.util.Optional;
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
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.PlanOverview;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.AgreementRequest;
import jp.jobcoach.workspace.web.rest.representation.PaperAgreementRequest;
import jp.jobcoach.workspace.web.rest.representation.PlanDiffRepresentation;
import jp.jobcoach.workspace.web.rest.representation.PlanRepresentation;
import jp.jobcoach.workspace.web.rest.representation.PlanRevisionPageRepresentation;
import jp.jobcoach.workspace.web.rest.representation.PlanRevisionRequest;
import jp.jobcoach.workspace.web.rest.representation.PlanStatusRepresentation;
import jp.jobcoach.workspace.web.view.PlanPrintView;
import jp.jobcoach.workspace.web.view.PlanView;
import jp.jobcoach.workspace.web.view.Views;

/**
 * The support plan of a case. Its {@code version} is the number of the current revision (0 before the first
 * draft); a revision names the version it was written from, and a stale one gets 409 with the plan as it is.
 */
@Path("/cases/{caseId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final PlanService plans;
    private final CaseService cases;
    private final ErrorResponses errors;
    private final Views views;

    @Inject
    public PlanResource(PlanService plans, CaseService cases, ErrorResponses errors, Views views) {
        this.plans = plans;
        this.cases = cases;
        this.errors = errors.withConflicts(PlanRepresentation::from);
        this.views = views;
    }

    /** The current revision with its agreement status; {@code {"version": 0}} while no plan was drafted. */
    @GET
    public Response current(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(PlanStatusRepresentation.from(plans.current(caseId)))));
    }

    /** Body: {@code {"version": 2, "plan": {currentSituation, ..., plannedSupport: {...}, timeline: {phases: {...}}}}}. */
    @PUT
    public Response revise(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            PlanRevisionRequest request = Json.request(body, PlanRevisionRequest.class);
            SupportPlan revised = plans.revise(caseId, request.version(), request.toDomain());
            return json(Status.OK, Json.write(PlanStatusRepresentation.from(Optional.of(revised))));
        });
    }

    /** Body: {@code {"revision": 3, "role": "WORKER"}}: the caller agrees the current revision in one of their roles. */
    @POST
    @Path("agreements")
    public Response agree(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            AgreementRequest request = Json.request(body, AgreementRequest.class);
            CaseRole role = CaseResource.parse("role", request.role(), CaseRole.class);
            SupportPlan agreed = plans.agree(caseId, request.revision(), role);
            return json(Status.OK, Json.write(PlanStatusRepresentation.from(Optional.of(agreed))));
        });
    }

    /**
     * Body: {@code {"revision": 3, "role": "WORKER", "signedOn": "2026-05-01", "method": "SIGNED_IN_PERSON", "signer":
     * "..."}}: the counselor records a party's agreement given outside the product.
     */
    @POST
    @Path("agreements/paper")
    public Response agreeOnPaper(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            PaperAgreementRequest request = Json.request(body, PaperAgreementRequest.class);
            CaseRole role = CaseResource.parse("role", request.role(), CaseRole.class);
            AgreementMethod method = CaseResource.parse("method", request.method(), AgreementMethod.class);
            SupportPlan agreed = plans.agreeOnPaper(caseId, request.revision(), role,
                    new PaperAgreement(request.signedOn(), method, request.signer()));
            return json(Status.OK, Json.write(PlanStatusRepresentation.from(Optional.of(agreed))));
        });
    }

    /**
     * A page of the revisions in full, newest first, with the agreements given to them: {@code ?size=20&cursor=...};
     * {@code next} is the following page's cursor.
     */
    @GET
    @Path("revisions")
    public Response revisions(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                              @QueryParam("cursor") String cursor) {
        return errors.respond(() -> json(Status.OK, Json.write(PlanRevisionPageRepresentation.from(
                plans.revisions(caseId, PageRequest.parse(size, cursor, false))))));
    }

    /** The same page as the {@code jobcoach-plan} macro's compact rows, for its "more" ({@link PlanView#renderOlder}). */
    @GET
    @Path("revisions/html")
    @Produces(MediaType.TEXT_HTML)
    public Response olderRows(@PathParam("caseId") long caseId, @QueryParam("size") String size,
                              @QueryParam("cursor") String cursor) {
        return errors.respond(() -> html(PlanView.renderOlder(views.forViewer(true), caseId,
                plans.summaries(cases.get(caseId), PageRequest.parse(size, cursor, false)))));
    }

    /** What revision {@code number} changed from the one before it ({@link PlanView#renderOpened}). */
    @GET
    @Path("revisions/{number}/html")
    @Produces(MediaType.TEXT_HTML)
    public Response opened(@PathParam("caseId") long caseId, @PathParam("number") int number) {
        return errors.respond(() -> html(PlanView.renderOpened(views.forViewer(true), caseId,
                plans.diff(cases.get(caseId), number - 1, number))));
    }

    /**
     * The plan macro as it renders now for the caller, for its script to put in place of the one shown after a save
     * ({@link PlanView#render}); the same guard as the macro (PLAN view).
     */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response rendered(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = cases.get(caseId);
            PlanOverview overview = plans.overview(on, PlanView.IN_FULL, PageRequest.DEFAULT_SIZE);
            return html(PlanView.render(views.forViewer(true), new PlanView.Model(caseId, overview, on.actorRoles(),
                    on.may(DataCategory.PLAN, Access.EDIT))));
        });
    }

    /**
     * The printed plan (支援計画書) of the current revision, or of {@code ?revision=n}: one static A4 page in the caller's
     * language, without scripts ({@link PlanPrintView}). 404 before the first draft or for a revision that does not
     * exist, 400 on {@code revision} when it is not a revision number.
     */
    @GET
    @Path("print")
    @Produces(MediaType.TEXT_HTML)
    public Response print(@PathParam("caseId") long caseId, @QueryParam("revision") String revision) {
        return errors.respond(() -> Response.ok(PlanPrintView.render(views.forViewer(false),
                        plans.print(caseId, revisionNumber(revision))), "text/html;charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build());
    }

    /** A revision number from the query, absent for the current revision; anything but a positive number is a 400. */
    static Integer revisionNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(raw.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new ValidationException(new FieldError("revision", Check.UNKNOWN_VALUE, raw));
    }

    @GET
    @Path("diff")
    public Response diff(@PathParam("caseId") long caseId, @QueryParam("from") int from, @QueryParam("to") int to) {
        return errors.respond(() -> json(Status.OK, Json.write(PlanDiffRepresentation.from(plans.diff(caseId, from, to)))));
    }
}
