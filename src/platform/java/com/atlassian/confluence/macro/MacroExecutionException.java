package com.atlassian.confluence.macro;

/** Declares Confluence's macro failure so macros compile and the workbench can report it like Confluence does. */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
