package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.Stored;

/**
 * {@code GET /cases/{id}/consents}: every consent record of the case, oldest first; the ids of those active on
 * {@code asOf} (not revoked, not expired); and the team's roles that the role matrix would let see a category but
 * that have no active consent, with why ({@code MISSING}, {@code EXPIRED}, {@code REVOKED}).
 */
public record ConsentLedgerRepresentation(LocalDate asOf, List<StoredRepresentation<ConsentRepresentation>> consents,
                                          List<Long> active, List<Missing> missing) {

    public static ConsentLedgerRepresentation from(LocalDate today, ConsentLedger ledger,
                                                   List<ConsentLedger.Missing> missing) {
        return new ConsentLedgerRepresentation(today, StoredRepresentation.all(ledger.consents(), ConsentRepresentation::from),
                ledger.consents().stream().filter(stored -> stored.value().isActiveOn(today)).map(Stored::id).toList(),
                Mapping.list(missing, Missing::from));
    }

    /** A role on the team that does not see a category today, and why. */
    public record Missing(ConsentCategory category, CaseRole role, ConsentLedger.Gap gap) {
        static Missing from(ConsentLedger.Missing missing) {
            return new Missing(missing.category(), missing.role(), missing.gap());
        }
    }
}
