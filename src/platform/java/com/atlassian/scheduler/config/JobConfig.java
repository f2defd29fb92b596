package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Declares Atlassian Scheduler's immutable job configuration, with the real defaults (once per cluster, run once
 * now), so jobs schedule themselves alike in Confluence and in the workbench.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule,
            Map<String, Serializable> parameters) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = Objects.requireNonNull(runMode, "runMode");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.parameters = parameters == null
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(new HashMap<>(parameters));
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null), null);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    /** A copy with these parameters (null = none). */
    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    /** The parameters, unmodifiable. */
    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JobConfig)) {
            return false;
        }
        JobConfig that = (JobConfig) other;
        return jobRunnerKey.equals(that.jobRunnerKey) && runMode == that.runMode
                && schedule.equals(that.schedule) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[" + jobRunnerKey + ", " + runMode + ", " + schedule + ", " + parameters + "]";
    }
}
