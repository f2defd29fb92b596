package jp.jobcoach.workspace.service;

/**
 * The user knows the record exists (they are on its team) but their role does not allow this. A refusal that
 * follows a rule people can act on names it ({@link #messageKey}), so the answer says why; others say only that
 * the role does not allow it.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDeniedException(String what) {
        this(what, null);
    }

    /** @param messageKey the bundle key of the reason shown to the user */
    public AccessDeniedException(String what, String messageKey) {
        super(what);
        this.messageKey = messageKey;
    }

    /** The reason shown to the user, or null for the general one. */
    public String messageKey() {
        return messageKey;
    }
}
