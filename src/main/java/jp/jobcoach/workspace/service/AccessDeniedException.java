package jp.jobcoach.workspace.service;

/** The user knows the record exists (they are on its team) but their role does not allow this. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super(what);
    }
}
