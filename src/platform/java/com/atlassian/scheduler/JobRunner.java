package com.atlassian.scheduler;

/** Declares Atlassian Scheduler's job callback so jobs compile and the workbench's scheduler can run them. */
public interface JobRunner {

    /** The outcome, or null for success without a message. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
