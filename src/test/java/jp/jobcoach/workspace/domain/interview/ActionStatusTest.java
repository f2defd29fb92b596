package jp.jobcoach.workspace.domain.interview;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

public class ActionStatusTest {

    @Test
    public void openAndContinuedActionsCarryOver() {
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.CONTINUED),
                Stream.of(ActionStatus.values()).filter(ActionStatus::carriesOver).toList());
    }

    @Test
    public void everythingButOpenResolvesAnAction() {
        assertEquals(List.of(ActionStatus.DONE, ActionStatus.CONTINUED, ActionStatus.DROPPED),
                Stream.of(ActionStatus.values()).filter(ActionStatus::isResolution).toList());
        assertEquals("jobcoach.action-status.continued", ActionStatus.CONTINUED.i18nKey());
    }
}
