package jp.jobcoach.workspace.domain;

import java.util.Set;

/**
 * The sides that must agree a support plan before support starts: the worker, the company (its in-company
 * coach or the supervisor), and the center (a center coach).
 */
public enum AgreementParty implements Labelled {
    WORKER(Set.of(CaseRole.WORKER)),
    COMPANY(Set.of(CaseRole.IN_COMPANY_COACH, CaseRole.SUPERVISOR)),
    CENTER(Set.of(CaseRole.CENTER_COACH));

    private final Set<CaseRole> roles;

    AgreementParty(Set<CaseRole> roles) {
        this.roles = roles;
    }

    /** Whether an agreement given in {@code role} speaks for this party. */
    public boolean representedBy(CaseRole role) {
        return roles.contains(role);
    }

    /**
     * Whether the counselor may record this party's agreement given outside the product: the worker (who may have no
     * Confluence account) and the company (whose people may sign the printed plan); the center's coaches agree in
     * the product.
     */
    public boolean agreesOnPaper() {
        return this != CENTER;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.agreement-party.", this);
    }
}
