package com.atlassian.activeobjects.external;

/** Declares the failure of {@code ActiveObjects#getFastCountEstimate} so callers compile against its throws clause. */
public class FailedFastCountException extends Exception {

    private static final long serialVersionUID = 1L;

    public FailedFastCountException(String message) {
        super(message);
    }

    public FailedFastCountException(String message, Throwable cause) {
        super(message, cause);
    }
}
