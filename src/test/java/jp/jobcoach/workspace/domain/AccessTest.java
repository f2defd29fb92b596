package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class AccessTest {

    @Test
    public void editCoversViewButNotTheOtherWayRound() {
        assertTrue(Access.EDIT.covers(Access.VIEW));
        assertTrue(Access.EDIT.covers(Access.EDIT));
        assertTrue(Access.VIEW.covers(Access.VIEW));
        assertFalse(Access.VIEW.covers(Access.EDIT));
    }
}
