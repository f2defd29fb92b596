package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import jp.jobcoach.workspace.service.ConsentService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.ConsentLedgerRepresentation;
import jp.jobcoach.workspace.web.rest.representation.ConsentRepresentation;
import jp.jobcoach.workspace.web.rest.representation.ConsentRequest;
import jp.jobcoach.workspace.web.rest.representation.StoredRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VersionRequest;

/** The worker's consents on a case: the ledger, a consent given (or recorded from paper), a revocation. */
@Path("/cases/{caseId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {
    private final ConsentService consents;
    private final ErrorResponses errors;

    @Inject
    public ConsentResource(ConsentService consents, ErrorResponses errors) {
        this.consents = consents;
        this.errors = errors.withConflicts(ConsentResource::stored);
    }

    @GET
    public Response ledger(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            ConsentService.Overview overview = consents.overview(caseId);
            return json(Status.OK, Json.write(ConsentLedgerRepresentation.from(overview.on().today(), overview.ledger(),
                    overview.missing())));
        });
    }

    /** Body: see {@link ConsentRequest}; answers the stored consent. */
    @POST
    public Response give(@PathParam("caseId") long caseId, String body) {
        return errors.respond(() -> {
            ConsentRequest.NewConsent consent = Json.request(body, ConsentRequest.class).requiredConsent();
            if (consent.means() == null) {
                throw new ValidationException(new FieldError("means", Check.REQUIRED));
            }
            Stored<Consent> given = consent.means() == ConsentMeans.IN_PRODUCT
                    ? consents.give(caseId, consent.category(), consent.role(), consent.validUntil())
                    : consents.recordPaper(caseId, consent.category(), consent.role(), consent.paperDate(), consent.validUntil());
            return json(Status.CREATED, Json.write(stored(given)));
        });
    }

    /** Body: {@code {"version": 1}}, the version being revoked; answers the revoked consent. */
    @POST
    @Path("{consentId}/revoke")
    public Response revoke(@PathParam("caseId") long caseId, @PathParam("consentId") long consentId, String body) {
        return errors.respond(() -> json(Status.OK, Json.write(stored(
                consents.revoke(caseId, consentId, Json.request(body, VersionRequest.class).version())))));
    }

    private static StoredRepresentation<ConsentRepresentation> stored(Stored<Consent> stored) {
        return StoredRepresentation.of(stored, ConsentRepresentation::from);
    }
}
