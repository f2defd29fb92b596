package jp.jobcoach.workspace.domain.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.Stored;

/**
 * A case's consents as they stand on one day: THE answer to "has the worker let this role see this?". The role
 * matrix is the ceiling, the ledger narrows it: a role the matrix allows still needs an active consent, and the
 * worker always sees their own data as the matrix lets them.
 */
public record ConsentLedger(List<Stored<Consent>> consents) {

    public ConsentLedger {
        consents = List.copyOf(consents);
    }

    /** Why a role the matrix allows does not see a category now. */
    public enum Gap implements Labelled {
        /** The worker never consented (or no record of it was made). */
        MISSING,
        /** The last consent's valid-until day has passed. */
        EXPIRED,
        /** The last consent was revoked. */
        REVOKED;

        @Override
        public String i18nKey() {
            return Labelled.enumKey("jobcoach.consent.gap.", this);
        }
    }

    /** A role on the team that does not see a category, and why. */
    public record Missing(ConsentCategory category, CaseRole role, Gap gap) {
    }

    /** Whether any of {@code roles} may be shown {@code category} on {@code today}. */
    public boolean shows(Collection<CaseRole> roles, ConsentCategory category, LocalDate today) {
        return roles.stream().anyMatch(role -> role == CaseRole.WORKER
                ? RoleMatrix.allows(role, category.ceiling(), Access.VIEW)
                : category.mayBeGivenTo(role) && active(category, role, today).isPresent());
    }

    /** The consent that holds for this pair today; at most one, as the service never records a second. */
    public Optional<Stored<Consent>> active(ConsentCategory category, CaseRole role, LocalDate today) {
        return of(category, role).filter(stored -> stored.value().isActiveOn(today)).findFirst();
    }

    /**
     * For each category and each of the team's roles that the matrix would let see it, the pairs without an
     * active consent: what the counselor is told on the case panel.
     */
    public List<Missing> missing(Collection<CaseRole> teamRoles, LocalDate today) {
        List<Missing> missing = new ArrayList<>();
        for (ConsentCategory category : ConsentCategory.values()) {
            for (CaseRole role : category.roles()) {
                if (teamRoles.contains(role) && active(category, role, today).isEmpty()) {
                    missing.add(new Missing(category, role, gap(category, role)));
                }
            }
        }
        return missing;
    }

    private Gap gap(ConsentCategory category, CaseRole role) {
        return of(category, role).max(Comparator.comparing((Stored<Consent> stored) -> stored.value().givenAt())
                        .thenComparing(Stored::id))
                .map(latest -> latest.value().isRevoked() ? Gap.REVOKED : Gap.EXPIRED).orElse(Gap.MISSING);
    }

    private Stream<Stored<Consent>> of(ConsentCategory category, CaseRole role) {
        return consents.stream().filter(stored -> stored.value().category() == category && stored.value().role() == role);
    }
}
