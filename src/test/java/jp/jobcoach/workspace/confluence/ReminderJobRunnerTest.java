package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import jp.jobcoach.workspace.service.ReminderService;
import java.time.Instant;
import java.util.Date;
import jp.jobcoach.workspace.port.TimeSource;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class ReminderJobRunnerTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ReminderService reminders = mock(ReminderService.class);
    private final TimeSource time = mock(TimeSource.class);
    private final ReminderJobRunner runner = new ReminderJobRunner(scheduler, reminders, time);

    {
        when(time.now()).thenReturn(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    public void registersAndSchedulesDailyOncePerClusterOnStartAndOnlyUnregistersOnStop() throws Exception {
        runner.onStart();
        verify(scheduler).registerJobRunner(ReminderJobRunner.KEY, runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(ReminderJobRunner.JOB_ID), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(Schedule.forCronExpression(ReminderJobRunner.DAILY), config.getValue().getSchedule());

        runner.onStop();
        verify(scheduler).unregisterJobRunner(ReminderJobRunner.KEY);
        verify(scheduler, never()).unscheduleJob(any());
    }

    /** A node that was down at 07:00, or restarted just then, must not skip the day's reminders. */
    @Test
    public void aStartAlsoRunsTheRemindersOnceRightAway() throws Exception {
        Instant started = Instant.parse("2026-12-01T07:00:30Z");
        when(time.now()).thenReturn(started);
        runner.onStart();
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(ReminderJobRunner.CATCH_UP_ID), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(Schedule.runOnce(Date.from(started)), config.getValue().getSchedule());
        assertEquals(ReminderJobRunner.KEY, config.getValue().getJobRunnerKey());
    }

    @Test
    public void aRunReportsWhatItSentAndAFailureAsFailed() {
        when(reminders.sendDue()).thenReturn(2).thenThrow(new IllegalStateException("db"));
        assertEquals(RunOutcome.SUCCESS, runner.runJob(null).getRunOutcome());
        JobRunnerResponse failed = runner.runJob(null);
        assertEquals(RunOutcome.FAILED, failed.getRunOutcome());
    }
}
