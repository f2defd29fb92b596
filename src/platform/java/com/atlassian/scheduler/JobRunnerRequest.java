package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/** Declares what a scheduled run tells its job; the workbench implements it. */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
