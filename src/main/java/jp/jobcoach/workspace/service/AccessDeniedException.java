package jp.jobcoach.workspace.service;

import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;

/**
 * The user knows the record exists (they are on its team) but their role does not allow this. A refusal that
 * follows a rule people can act on names it ({@link #messageKey}), so the answer says why; a refusal of data the
 * member cannot see says what is withheld ({@link #withheld}); others say only that the role does not allow it.
 */
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
    private final String messageKey;

    public AccessDeniedException(String what) {
        this(what, null, null);
    }

    public AccessDeniedException(String what, Withheld withheld) {
        this(what, withheld, null);
    }

    /** @param messageKey the bundle key of the reason shown to the user */
    public AccessDeniedException(String what, String messageKey) {
        this(what, null, messageKey);
    }

    private AccessDeniedException(String what, Withheld withheld, String messageKey) {
        super(what);
        this.withheld = withheld;
        this.messageKey = messageKey;
    }

    /** Empty unless the refused actor is a member of the case. */
    public Optional<Withheld> withheld() {
        return Optional.ofNullable(withheld);
    }

    /** The reason shown to the user, or null for the general one. */
    public String messageKey() {
        return messageKey;
    }
}
