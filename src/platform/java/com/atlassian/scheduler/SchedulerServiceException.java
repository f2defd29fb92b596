package com.atlassian.scheduler;

/** Declares the scheduler's checked failure so callers of {@code scheduleJob} compile against its throws clause. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
