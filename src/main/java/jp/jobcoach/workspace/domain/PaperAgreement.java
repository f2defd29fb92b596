package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement given outside the product and recorded by the counselor on the party's behalf: a worker without a
 * Confluence account, or a company party who signs the printed plan. Shown apart from an agreement given in the
 * product, since nobody clicked it: "agreed on paper on {@code signedOn}, {@code method}, recorded by …".
 *
 * @param signedOn the date the party agreed, as on the paper or the minutes
 * @param signer   the name of the person who signed, as on the paper (optional: the role says whose side it is)
 */
public record PaperAgreement(LocalDate signedOn, AgreementMethod method, String signer) {
    public static final String NOT_IN_FUTURE = "jobcoach.validation.plan.paper-not-in-future";
    public static final String BEFORE_REVISION = "jobcoach.validation.plan.paper-before-revision";

    /**
     * Field names: {@code signedOn}, {@code method}, {@code signer}. The party agreed this revision, so not before
     * the day it was written ({@code revisionDay}), nor after {@code today}.
     */
    public List<FieldError> validate(LocalDate today, LocalDate revisionDay) {
        return new Check()
                .required("signedOn", signedOn)
                .failIf(signedOn != null && signedOn.isAfter(today), "signedOn", NOT_IN_FUTURE)
                .failIf(signedOn != null && signedOn.isBefore(revisionDay), "signedOn", BEFORE_REVISION, revisionDay)
                .required("method", method)
                .maxLength("signer", signer, Check.NAME_MAX)
                .errors();
    }
}
