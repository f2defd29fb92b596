package com.atlassian.scheduler.config;

import org.junit.Test;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JobConfigTest {

    private static final JobRunnerKey KEY = JobRunnerKey.of("jp.jobcoach.workspace:reminders");

    @Test
    public void defaultsToOncePerClusterAndRunOnceNow() {
        JobConfig config = JobConfig.forJobRunnerKey(KEY);
        assertEquals(KEY, config.getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
        assertEquals(Schedule.Type.INTERVAL, config.getSchedule().getType());
        assertEquals(0L, config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertNull(config.getSchedule().getIntervalScheduleInfo().getFirstRunTime());
        assertTrue(config.getParameters().isEmpty());
    }

    @Test
    public void withMethodsReturnModifiedCopiesAndLeaveTheOriginal() {
        JobConfig original = JobConfig.forJobRunnerKey(KEY);
        Schedule daily = Schedule.forCronExpression("0 0 6 * * ?");
        Map<String, Serializable> parameters = new HashMap<>();
        parameters.put("caseId", 12L);

        JobConfig changed = original.withSchedule(daily).withRunMode(RunMode.RUN_LOCALLY).withParameters(parameters);

        assertEquals(daily, changed.getSchedule());
        assertEquals(RunMode.RUN_LOCALLY, changed.getRunMode());
        assertEquals(12L, changed.getParameters().get("caseId"));
        assertEquals(KEY, changed.getJobRunnerKey());
        assertEquals(JobConfig.forJobRunnerKey(KEY), original);
        assertNotEquals(original, changed);
    }

    @Test
    public void parametersAreCopiedAndUnmodifiable() {
        Map<String, Serializable> parameters = new HashMap<>();
        parameters.put("a", "1");
        JobConfig config = JobConfig.forJobRunnerKey(KEY).withParameters(parameters);
        parameters.put("b", "2");

        assertEquals(1, config.getParameters().size());
        assertThrows(UnsupportedOperationException.class, () -> config.getParameters().put("c", "3"));
        assertTrue(config.withParameters(null).getParameters().isEmpty());
    }

    @Test
    public void equalWhenAllPartsAreEqual() {
        Date first = new Date(1_700_000_000_000L);
        JobConfig a = JobConfig.forJobRunnerKey(KEY).withSchedule(Schedule.forInterval(60_000L, first));
        JobConfig b = JobConfig.forJobRunnerKey(JobRunnerKey.of(KEY.toString()))
                .withSchedule(Schedule.forInterval(60_000L, new Date(first.getTime())));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.withSchedule(Schedule.forInterval(60_001L, first)));
    }

    @Test
    public void requiresAKeyAndASchedule() {
        assertThrows(NullPointerException.class, () -> JobConfig.forJobRunnerKey(null));
        assertThrows(NullPointerException.class, () -> JobConfig.forJobRunnerKey(KEY).withSchedule(null));
    }
}
