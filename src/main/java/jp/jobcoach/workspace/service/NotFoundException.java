package jp.jobcoach.workspace.service;

/** No such record, or none the user may know of: non-members get this too, so existence does not leak. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
