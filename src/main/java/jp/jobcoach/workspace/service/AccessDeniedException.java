package jp.jobcoach.workspace.service;

import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;

/** The user knows the record exists (they are on its team) but their role does not allow this. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * What a member of the case was refused and why: {@code category} is beyond their roles, or (when
     * {@code byConsent}) within them but the worker has not consented to it. A macro says so instead of the neutral
     * box, because the member already knows the case; a refusal without it (an anonymous visitor) stays neutral.
     */
    public record Withheld(DataCategory category, Set<CaseRole> actorRoles, boolean byConsent) {
        public Withheld {
            actorRoles = Set.copyOf(actorRoles);
        }
    }

    private final transient Withheld withheld;

    public AccessDeniedException(String what) {
        this(what, null);
    }

    public AccessDeniedException(String what, Withheld withheld) {
        super(what);
        this.withheld = withheld;
    }

    /** Empty unless the refused actor is a member of the case. */
    public Optional<Withheld> withheld() {
        return Optional.ofNullable(withheld);
    }
}
