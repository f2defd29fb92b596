package com.atlassian.user;

/** Declares Atlassian User's checked failure of a directory operation, which {@code findUsersAsList} throws. */
public class EntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public EntityException() {
    }

    public EntityException(String message) {
        super(message);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }

    public EntityException(Throwable cause) {
        super(cause);
    }
}
