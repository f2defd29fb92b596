package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Declares Atlassian Scheduler's job runner key, a value compared on its string as the real one is. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String value;

    private JobRunnerKey(String value) {
        this.value = value;
    }

    public static JobRunnerKey of(String value) {
        return new JobRunnerKey(Objects.requireNonNull(value, "jobRunnerKey"));
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey && ((JobRunnerKey) other).value.equals(value);
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
