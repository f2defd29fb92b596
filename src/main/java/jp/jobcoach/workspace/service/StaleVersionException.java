package jp.jobcoach.workspace.service;

/** The client edited an older version than the stored one; carries the current state for the conflict view. */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object current;

    public StaleVersionException(Object current) {
        super("stale version");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
