package com.atlassian.scheduler.config;

/** Declares where a job runs in a cluster, in the real order. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
