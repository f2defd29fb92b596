package jp.jobcoach.workspace.domain;

/** How an agreement recorded on a party's behalf was given outside the product. */
public enum AgreementMethod implements Labelled {
    /** Signed (or sealed) on the printed plan at a meeting. */
    SIGNED_IN_PERSON,
    /** The signed plan came back by post. */
    SIGNED_BY_POST,
    /** Agreed aloud at a meeting and written into its minutes, for a party who cannot sign. */
    ORALLY_AT_MEETING;

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.agreement-method.", this);
    }
}
