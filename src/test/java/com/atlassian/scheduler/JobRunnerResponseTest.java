package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import org.junit.Test;

import java.io.IOException;
import java.util.Arrays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class JobRunnerResponseTest {

    @Test
    public void factoriesSetOutcomeAndMessage() {
        assertEquals(RunOutcome.SUCCESS, JobRunnerResponse.success().getRunOutcome());
        assertNull(JobRunnerResponse.success().getMessage());
        assertEquals("3 reminders", JobRunnerResponse.success("3 reminders").getMessage());
        assertEquals(RunOutcome.ABORTED, JobRunnerResponse.aborted("lock held").getRunOutcome());
        assertEquals("lock held", JobRunnerResponse.aborted("lock held").getMessage());
        assertEquals(RunOutcome.FAILED, JobRunnerResponse.failed("boom").getRunOutcome());
        assertEquals("boom", JobRunnerResponse.failed("boom").getMessage());
    }

    @Test
    public void failedWithThrowableDescribesTheExceptionAndItsCause() {
        JobRunnerResponse response = JobRunnerResponse.failed(
                new IllegalStateException("store failed", new IOException("disk full")));
        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().contains("IllegalStateException: store failed"));
        assertTrue(response.getMessage(), response.getMessage().contains("IOException: disk full"));
    }

    @Test
    public void outcomesAreInTheRealOrder() {
        assertEquals("[SUCCESS, UNAVAILABLE, ABORTED, FAILED]", Arrays.toString(RunOutcome.values()));
    }
}
