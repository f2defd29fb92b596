package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.service.ConsentService;

/**
 * {@code GET /cases/{id}/consents}: every consent record of the case, oldest first; the ids of those active on
 * {@code asOf} (not revoked, not expired); and the team's roles that the role matrix would let see a category but
 * that have no active consent, with why ({@code MISSING}, {@code EXPIRED}, {@code REVOKED}).
 */
public record ConsentLedgerRepresentation(LocalDate asOf, List<StoredRepresentation<ConsentRepresentation>> consents,
                                          List<Long> active, List<Missing> missing) {

    public static ConsentLedgerRepresentation from(ConsentService.Overview overview) {
        LocalDate today = overview.on().today();
        return new ConsentLedgerRepresentation(today,
                StoredRepresentation.all(overview.ledger().consents(), ConsentRepresentation::from),
                overview.ledger().consents().stream().filter(stored -> stored.value().isActiveOn(today))
                        .map(stored -> stored.id()).toList(),
                Mapping.list(overview.missing(), Missing::from));
    }

    /** A role on the team that does not see a category today, and why. */
    public record Missing(ConsentCategory category, CaseRole role, ConsentLedger.Gap gap) {
        static Missing from(ConsentLedger.Missing missing) {
            return new Missing(missing.category(), missing.role(), missing.gap());
        }
    }
}
