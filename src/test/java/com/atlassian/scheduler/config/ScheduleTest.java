package com.atlassian.scheduler.config;

import org.junit.Test;

import java.util.Date;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class ScheduleTest {

    @Test
    public void cronScheduleKeepsExpressionAndTimeZone() {
        TimeZone tokyo = TimeZone.getTimeZone("Asia/Tokyo");
        Schedule schedule = Schedule.forCronExpression("0 0 9 ? * MON-FRI", tokyo);
        assertEquals(Schedule.Type.CRON_EXPRESSION, schedule.getType());
        assertEquals("0 0 9 ? * MON-FRI", schedule.getCronScheduleInfo().getCronExpression());
        assertEquals(tokyo, schedule.getCronScheduleInfo().getTimeZone());
        assertNull(schedule.getIntervalScheduleInfo());
        assertNull(Schedule.forCronExpression("0 0 9 * * ?").getCronScheduleInfo().getTimeZone());
    }

    @Test
    public void intervalScheduleKeepsIntervalAndFirstRun() {
        Date first = new Date(1_700_000_000_000L);
        Schedule schedule = Schedule.forInterval(3_600_000L, first);
        first.setTime(0L);
        assertEquals(Schedule.Type.INTERVAL, schedule.getType());
        assertEquals(3_600_000L, schedule.getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(new Date(1_700_000_000_000L), schedule.getIntervalScheduleInfo().getFirstRunTime());
        assertNull(schedule.getCronScheduleInfo());
    }

    @Test
    public void runOnceIsAnIntervalOfZero() {
        Date at = new Date(1_700_000_000_000L);
        assertEquals(Schedule.forInterval(0L, at), Schedule.runOnce(at));
        assertEquals(0L, Schedule.runOnce(null).getIntervalScheduleInfo().getIntervalInMillis());
    }

    @Test
    public void equalityFollowsTheDetails() {
        assertEquals(Schedule.forCronExpression("0 0 6 * * ?"), Schedule.forCronExpression("0 0 6 * * ?"));
        assertEquals(Schedule.forCronExpression("0 0 6 * * ?").hashCode(),
                Schedule.forCronExpression("0 0 6 * * ?").hashCode());
        assertNotEquals(Schedule.forCronExpression("0 0 6 * * ?"), Schedule.forCronExpression("0 0 7 * * ?"));
        assertNotEquals(Schedule.forCronExpression("0 0 6 * * ?"),
                Schedule.forCronExpression("0 0 6 * * ?", TimeZone.getTimeZone("UTC")));
    }

    @Test
    public void rejectsNegativeIntervalAndNullCron() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.forInterval(-1L, null));
        assertThrows(NullPointerException.class, () -> Schedule.forCronExpression(null));
    }
}
