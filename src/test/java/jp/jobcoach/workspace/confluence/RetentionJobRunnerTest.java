package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import jp.jobcoach.workspace.service.ErasureService;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class RetentionJobRunnerTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ErasureService erasures = mock(ErasureService.class);
    private final RetentionJobRunner runner = new RetentionJobRunner(scheduler, erasures);

    @Test
    public void registersAndSchedulesDailyOncePerClusterOnStartAndOnlyUnregistersOnStop() throws Exception {
        runner.onStart();
        verify(scheduler).registerJobRunner(RetentionJobRunner.KEY, runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RetentionJobRunner.JOB_ID), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(Schedule.forCronExpression(RetentionJobRunner.DAILY), config.getValue().getSchedule());
        assertEquals(RetentionJobRunner.KEY, config.getValue().getJobRunnerKey());

        runner.onStop();
        verify(scheduler).unregisterJobRunner(RetentionJobRunner.KEY);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    public void aRunReportsWhatItDeletedAndAFailureAsFailed() {
        when(erasures.eraseExpired()).thenReturn(2).thenThrow(new IllegalStateException("db"));
        assertEquals(RunOutcome.SUCCESS, runner.runJob(null).getRunOutcome());
        assertEquals(RunOutcome.FAILED, runner.runJob(null).getRunOutcome());
    }
}
