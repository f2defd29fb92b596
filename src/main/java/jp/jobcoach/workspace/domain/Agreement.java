package jp.jobcoach.workspace.domain;

import java.time.Instant;

/**
 * A party's agreement to one revision of a support plan. It holds for that revision only: a later revision
 * changes what was agreed, so it needs agreeing again.
 *
 * @param userKey who agreed in the product, or for an agreement on paper the counselor who recorded it
 * @param role    the part in which they agreed (on paper: the part of the party who signed)
 * @param at      when it was given in the product, or recorded
 * @param paper   how and when it was given outside the product; null for an agreement given in the product
 */
public record Agreement(String userKey, CaseRole role, Instant at, int revision, PaperAgreement paper) {

    /** An agreement given in the product by {@code userKey} themselves. */
    public Agreement(String userKey, CaseRole role, Instant at, int revision) {
        this(userKey, role, at, revision, null);
    }

    public boolean onPaper() {
        return paper != null;
    }
}
