package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/** Declares a job's outcome, built as the real one is, so jobs compile and the workbench can record outcomes. */
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    /** Failed, with the exception (and its causes) as the message. */
    public static JobRunnerResponse failed(Throwable cause) {
        StringBuilder message = new StringBuilder(cause.toString());
        for (Throwable next = cause.getCause(); next != null && next != cause; next = next.getCause()) {
            message.append("; caused by: ").append(next);
        }
        return new JobRunnerResponse(RunOutcome.FAILED, message.toString());
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    /** The message, or null. */
    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return message == null ? runOutcome.toString() : runOutcome + ": " + message;
    }
}
