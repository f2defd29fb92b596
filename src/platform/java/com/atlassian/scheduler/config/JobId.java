package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Declares Atlassian Scheduler's job id, a value compared on its string as the real one is. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String value;

    private JobId(String value) {
        this.value = value;
    }

    public static JobId of(String value) {
        return new JobId(Objects.requireNonNull(value, "jobId"));
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId && ((JobId) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
