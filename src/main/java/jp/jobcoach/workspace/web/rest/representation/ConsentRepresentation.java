package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;

/**
 * One consent as stored: which category may be shown to which role, how and when it was given (the paper's date
 * for a paper consent), until when, and its revocation once revoked. People are user keys.
 */
public record ConsentRepresentation(ConsentCategory category, CaseRole role, ConsentMeans means, Instant givenAt,
                                    String recordedBy, LocalDate paperDate, LocalDate validUntil, Instant revokedAt,
                                    String revokedBy) {

    public static ConsentRepresentation from(Consent value) {
        return new ConsentRepresentation(value.category(), value.role(), value.means(), value.givenAt(),
                value.recordedBy(), value.paperDate(), value.validUntil(), value.revokedAt(), value.revokedBy());
    }
}
