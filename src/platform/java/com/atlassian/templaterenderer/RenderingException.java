package com.atlassian.templaterenderer;

/** Declares the template renderer's failure so callers and the workbench agree on it. */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
