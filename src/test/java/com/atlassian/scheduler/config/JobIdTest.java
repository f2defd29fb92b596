package com.atlassian.scheduler.config;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JobIdTest {

    @Test
    public void valuesCompareOnTheirString() {
        assertEquals(JobId.of("daily"), JobId.of("daily"));
        assertEquals(JobId.of("daily").hashCode(), JobId.of("daily").hashCode());
        assertNotEquals(JobId.of("daily"), JobId.of("weekly"));
        assertTrue(JobId.of("a").compareTo(JobId.of("b")) < 0);
        assertEquals("daily", JobId.of("daily").toString());
        assertEquals(JobRunnerKey.of("k"), JobRunnerKey.of("k"));
        assertEquals("k", JobRunnerKey.of("k").toString());
    }

    @Test
    public void idAndKeyAreDifferentTypes() {
        assertNotEquals(JobId.of("x"), JobRunnerKey.of("x"));
    }

    @Test
    public void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> JobId.of(null));
        assertThrows(NullPointerException.class, () -> JobRunnerKey.of(null));
    }
}
