package jp.jobcoach.workspace.store;

/** Someone else wrote the record first; the caller reloads and shows the current state. */
public class StaleWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleWriteException(String record, Throwable cause) {
        super(record + " was changed by someone else", cause);
    }
}
