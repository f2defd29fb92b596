package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertPartError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import org.junit.Test;

public class AgreedActionTest {

    static final LocalDate DUE = LocalDate.of(2025, 5, 20);

    static AgreedAction action(String id, String what) {
        return AgreedAction.agree(id, PersonRef.user("worker-1"), what, DUE);
    }

    @Test
    public void aNewActionIsOpenWithNoHistory() {
        AgreedAction action = action("a-1", "疲れたら15分休憩を取る");
        assertEquals(ActionStatus.OPEN, action.status());
        assertFalse(action.isResolved());
        assertNull(action.originInterviewId());
        assertEquals(List.of(), action.history());
        assertEquals(List.of(), action.validate());
    }

    @Test
    public void resolvingKeepsIdentityAndMayMoveTheDueDate() {
        AgreedAction action = action("a-1", "日報を書く");
        AgreedAction continued = action.resolve(ActionStatus.CONTINUED, "半分ほどできた", DUE.plusWeeks(2));
        assertTrue(continued.isResolved());
        assertEquals("a-1", continued.id());
        assertEquals(DUE.plusWeeks(2), continued.dueDate());
        assertEquals(DUE, action.resolve(ActionStatus.DONE, null, null).dueDate());
        assertFalse(continued.resolve(ActionStatus.OPEN, null, null).isResolved());
    }

    @Test
    public void carryingAddsTheReviewOnlyWhenTheInterviewLookedAtIt() {
        AgreedAction reviewed = action("a-1", "x").resolve(ActionStatus.CONTINUED, "続ける", null)
                .carriedFrom(7L, LocalDate.of(2025, 5, 1), true);
        assertEquals(ActionStatus.OPEN, reviewed.status());
        assertNull(reviewed.progressNote());
        assertEquals(Long.valueOf(7L), reviewed.originInterviewId());
        assertEquals(List.of(new ActionReview(7L, LocalDate.of(2025, 5, 1), ActionStatus.CONTINUED, "続ける")),
                reviewed.history());
        AgreedAction fresh = action("a-2", "y").carriedFrom(8L, LocalDate.of(2025, 5, 2), false);
        assertEquals(List.of(), fresh.history());
        assertEquals(Long.valueOf(8L), fresh.originInterviewId());
    }

    @Test
    public void whoAndWhatAreRequiredAndBounded() {
        assertPartError(new AgreedAction("a", null, "x", null, ActionStatus.OPEN, null, null, List.of()).validate(),
                "owner.displayName", Check.REQUIRED);
        assertPartError(action("a", " ").validate(), "what", Check.REQUIRED);
        assertPartError(action("a", "あ".repeat(Check.NAME_MAX + 1)).validate(), "what", Check.TOO_LONG);
        assertPartError(action("a", "x").resolve(ActionStatus.DONE, "n".repeat(Check.LONG_TEXT_MAX + 1), null)
                .validate(), "progressNote", Check.TOO_LONG);
        assertPartError(new AgreedAction("a", PersonRef.named("本人"), "x", null, null, null, null, List.of())
                .validate(), "status", Check.REQUIRED);
        ConditionScaleTest.assertThrows(() -> action(" ", "x"));
    }

    @Test
    public void hostileTextIsKeptAsTyped() {
        for (String text : DomainBundles.HOSTILE) {
            AgreedAction action = AgreedAction.agree("a", PersonRef.named(text), text, null);
            assertEquals(List.of(), action.validate());
            assertEquals(text, action.what());
            assertEquals(text, action.owner().displayName());
        }
    }
}
