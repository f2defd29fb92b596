package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;

/**
 * {@code POST /cases/{id}/plan/agreements/paper}: {@code {"revision", "role", "signedOn", "method", "signer"}} — the
 * counselor records that the party {@code role} speaks for agreed the revision outside the product; role and method
 * as text, an unknown one a field error.
 */
public record PaperAgreementRequest(int revision, String role, LocalDate signedOn, String method, String signer) {
}
