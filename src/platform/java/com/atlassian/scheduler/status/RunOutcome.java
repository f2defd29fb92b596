package com.atlassian.scheduler.status;

/** Declares Atlassian Scheduler's run outcomes, in the real order. */
public enum RunOutcome {
    SUCCESS, UNAVAILABLE, ABORTED, FAILED
}
