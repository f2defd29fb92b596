package jp.jobcoach.workspace.domain.consent;

import jp.jobcoach.workspace.domain.Labelled;

/** How a consent or its revocation reached the ledger. */
public enum ConsentMeans implements Labelled {
    /** Given by the worker themselves, signed in. */
    IN_PRODUCT,
    /** Signed on paper and recorded by the counselor, with the date on the paper. */
    ON_PAPER;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.consent.means.", this);
    }
}
