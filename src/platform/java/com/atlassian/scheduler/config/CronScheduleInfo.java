package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

/** Declares the cron part of a {@link Schedule}, so the workbench's scheduler can read it. */
public final class CronScheduleInfo {

    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    /** The time zone, or null for the server's default. */
    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronScheduleInfo
                && ((CronScheduleInfo) other).cronExpression.equals(cronExpression)
                && Objects.equals(((CronScheduleInfo) other).timeZone, timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[" + cronExpression + (timeZone == null ? "" : ", " + timeZone.getID()) + "]";
    }
}
