package jp.jobcoach.workbench.host.jobs;

import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.Schedule;
import java.util.OptionalLong;

/** When a schedule fires first and next. An interval job that fell behind skips the missed runs instead of bursting. */
final class JobTimes {
    private JobTimes() {
    }

    static long firstRun(Schedule schedule, long now) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            return cron(schedule).nextAfter(now);
        }
        IntervalScheduleInfo interval = schedule.getIntervalScheduleInfo();
        return interval.getFirstRunTime() == null ? now : interval.getFirstRunTime().getTime();
    }

    /** Empty for a run-once schedule that has run. */
    static OptionalLong nextRun(Schedule schedule, long scheduledFor, long now) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            return OptionalLong.of(cron(schedule).nextAfter(Math.max(scheduledFor, now)));
        }
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        if (interval == 0) {
            return OptionalLong.empty();
        }
        long missed = Math.max(0, (now - scheduledFor) / interval);
        return OptionalLong.of(scheduledFor + (missed + 1) * interval);
    }

    private static CronSchedule cron(Schedule schedule) throws SchedulerServiceException {
        return CronSchedule.parse(schedule.getCronScheduleInfo().getCronExpression(), schedule.getCronScheduleInfo().getTimeZone());
    }
}
