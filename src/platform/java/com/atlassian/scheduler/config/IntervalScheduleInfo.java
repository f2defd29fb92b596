package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/** Declares the interval part of a {@link Schedule}, so the workbench's scheduler can read it. */
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative: " + intervalInMillis);
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    /** The first run, or null for now. */
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /** The time between runs; 0 means run once. */
    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalScheduleInfo
                && ((IntervalScheduleInfo) other).intervalInMillis == intervalInMillis
                && Objects.equals(((IntervalScheduleInfo) other).firstRunTime, firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[" + firstRunTime + ", " + intervalInMillis + "ms]";
    }
}
