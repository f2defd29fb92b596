package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import jp.jobcoach.workspace.domain.ChainCheck;

/**
 * {@code GET /cases/{id}/audit/chain}: whether the case's audit chain is intact; if not, the place in the chain of
 * the first entry that does not follow from the one before ({@code brokenAt}) and the time it claims (null when the
 * entry is missing).
 */
public record ChainCheckRepresentation(boolean intact, int checked, int unhashed, Integer brokenAt,
                                       Instant brokenEntryAt) {
    public static ChainCheckRepresentation from(ChainCheck check) {
        return new ChainCheckRepresentation(check.intact(), check.checked(), check.unhashed(), check.brokenAt(),
                check.brokenEntryAt());
    }
}
