package jp.jobcoach.workbench.host.jobs;

import static org.junit.Assert.assertEquals;

import com.atlassian.scheduler.SchedulerServiceException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.Test;

public class CronScheduleTest {
    private static final TimeZone TOKYO = TimeZone.getTimeZone("Asia/Tokyo");

    private static String next(String cron, String after) throws SchedulerServiceException {
        long millis = CronSchedule.parse(cron, TOKYO).nextAfter(ZonedDateTime.parse(after).toInstant().toEpochMilli());
        return Instant.ofEpochMilli(millis).atZone(TOKYO.toZoneId()).toOffsetDateTime().toString();
    }

    @Test
    public void dailyWeekdayAndSteppedExpressions() throws Exception {
        assertEquals("2026-04-02T03:00+09:00", next("0 0 3 * * ?", "2026-04-01T03:00:00+09:00"));
        assertEquals("2026-04-06T09:30+09:00", next("0 30 9 ? * MON-FRI", "2026-04-03T10:00:00+09:00"));
        assertEquals("2026-04-01T10:15+09:00", next("0 0/15 * * * ?", "2026-04-01T10:07:00+09:00"));
    }

    @Test(expected = SchedulerServiceException.class)
    public void unsupportedTokensAreRefused() throws Exception {
        CronSchedule.parse("0 0 3 L * ?", TOKYO);
    }
}
