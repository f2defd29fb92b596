package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/** Declares Atlassian Scheduler's immutable schedule (cron or interval) so jobs and the workbench agree on it. */
public final class Schedule {

    public enum Type { CRON_EXPRESSION, INTERVAL }

    private final CronScheduleInfo cronScheduleInfo;
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(CronScheduleInfo cronScheduleInfo, IntervalScheduleInfo intervalScheduleInfo) {
        this.cronScheduleInfo = cronScheduleInfo;
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    /** A cron schedule in the server's time zone. */
    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(new CronScheduleInfo(cronExpression, timeZone), null);
    }

    /** Runs at {@code firstRunTime} (null = now), then every {@code intervalInMillis} (0 = only once). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(null, new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    /** Runs once at {@code runTime} (null = now). */
    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public Type getType() {
        return cronScheduleInfo != null ? Type.CRON_EXPRESSION : Type.INTERVAL;
    }

    /** The cron details, or null for an interval schedule. */
    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    /** The interval details, or null for a cron schedule. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule
                && Objects.equals(((Schedule) other).cronScheduleInfo, cronScheduleInfo)
                && Objects.equals(((Schedule) other).intervalScheduleInfo, intervalScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronScheduleInfo, intervalScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[" + (cronScheduleInfo != null ? cronScheduleInfo : intervalScheduleInfo) + "]";
    }
}
