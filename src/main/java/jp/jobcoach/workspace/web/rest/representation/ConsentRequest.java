package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import jp.jobcoach.workspace.web.Json;

/**
 * {@code POST /cases/{id}/consents}: {@code {"consent": {category, role, means, paperDate, validUntil}}}. Means
 * {@code IN_PRODUCT} is the worker giving it themselves; {@code ON_PAPER} the counselor recording a signed paper of
 * {@code paperDate}. {@code validUntil} is optional (until revoked).
 */
public record ConsentRequest(NewConsent consent) {

    /** @throws Json.BadRequestBody when the consent is left out */
    public NewConsent requiredConsent() {
        if (consent == null) {
            throw Json.missing("consent");
        }
        return consent;
    }

    public record NewConsent(ConsentCategory category, CaseRole role, ConsentMeans means, LocalDate paperDate,
                             LocalDate validUntil) {
    }
}
