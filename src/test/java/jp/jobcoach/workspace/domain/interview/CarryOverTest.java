package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;
import org.junit.Test;

public class CarryOverTest {

    private static final LocalDate FIRST_DAY = RetentionInterviewTest.DAY;
    private static final LocalDate SECOND_DAY = FIRST_DAY.plusWeeks(2);
    private static final LocalDate THIRD_DAY = SECOND_DAY.plusWeeks(2);

    /** Interview 1 agreed three actions; between interviews the worker marked one done. */
    private static RetentionInterview first() {
        return RetentionInterviewTest.sample().withNewActions(List.of(
                AgreedAction.agree("rest", PersonRef.user("worker-1"), "15時に休憩を取る", SECOND_DAY),
                AgreedAction.agree("memo", PersonRef.user("boss-1"), "指示をメモで渡す", SECOND_DAY),
                AgreedAction.agree("diary", PersonRef.user("worker-1"), "体調を記録する", null)
                        .resolve(ActionStatus.DONE, null, null)))
                .markFinal().stored(1L, 1);
    }

    @Test
    public void theNextInterviewOpensWithEveryOpenAction() {
        RetentionInterview second = CarryOver.next(first(), SECOND_DAY);
        assertEquals(List.of("rest", "memo"), second.carriedActions().stream().map(AgreedAction::id).toList());
        second.carriedActions().forEach(action -> {
            assertEquals(ActionStatus.OPEN, action.status());
            assertEquals(Long.valueOf(1L), action.originInterviewId());
        });
        assertEquals(first().participants(), second.participants());
        assertEquals(List.of(), second.newActions());
        assertTrue(second.ratings().isEmpty());
        assertEquals(null, second.id());
    }

    @Test
    public void unresolvedCarriedActionsBlockTheFinalInterview() {
        RetentionInterview second = CarryOver.next(first(), SECOND_DAY)
                .resolve("rest", ActionStatus.DONE, "毎日取れている", null);
        assertEquals(List.of("memo"), second.unresolved().stream().map(AgreedAction::id).toList());
        FieldError unresolved = assertRefused(second::markFinal, "carriedActions[1].status",
                RetentionInterview.ACTION_UNRESOLVED);
        assertArrayEquals(new Object[] {"指示をメモで渡す"}, unresolved.args());
        assertEquals(List.of(), second.validate());
        RetentionInterview done = second.resolve("memo", ActionStatus.DROPPED, "チャットで十分になった", null).markFinal();
        assertEquals(InterviewStatus.FINAL, done.status());
    }

    @Test
    public void aContinuedActionKeepsItsOriginAndGathersItsHistory() {
        RetentionInterview second = CarryOver.next(first(), SECOND_DAY)
                .resolve("rest", ActionStatus.CONTINUED, "取れない日があった", THIRD_DAY)
                .resolve("memo", ActionStatus.DONE, null, null)
                .markFinal().stored(2L, 1);
        RetentionInterview third = CarryOver.next(second, THIRD_DAY);
        assertEquals(1, third.carriedActions().size());
        AgreedAction rest = third.carriedActions().get(0);
        assertEquals("rest", rest.id());
        assertEquals(Long.valueOf(1L), rest.originInterviewId());
        assertEquals(THIRD_DAY, rest.dueDate());
        assertEquals(List.of(new ActionReview(2L, SECOND_DAY, ActionStatus.CONTINUED, "取れない日があった")),
                rest.history());
        RetentionInterview fourth = CarryOver.next(CarryOver.next(second, THIRD_DAY)
                .resolve("rest", ActionStatus.CONTINUED, "まだ半分", THIRD_DAY.plusWeeks(2))
                .markFinal().stored(3L, 1), THIRD_DAY.plusWeeks(2));
        assertEquals(2, fourth.carriedActions().get(0).history().size());
        assertEquals(Long.valueOf(1L), fourth.carriedActions().get(0).originInterviewId());
    }

    @Test
    public void aDraftLeftUnresolvedStillPassesItsActionsOn() {
        RetentionInterview abandoned = CarryOver.next(first(), SECOND_DAY).stored(2L, 1);
        RetentionInterview third = CarryOver.next(abandoned, THIRD_DAY);
        assertEquals(List.of("rest", "memo"), third.carriedActions().stream().map(AgreedAction::id).toList());
        assertEquals(List.of(), third.carriedActions().get(0).history());
    }

    @Test
    public void newActionsOfTheSecondInterviewAreCarriedToTheThird() {
        RetentionInterview second = CarryOver.next(first(), SECOND_DAY)
                .resolve("rest", ActionStatus.DONE, null, null).resolve("memo", ActionStatus.DONE, null, null)
                .withNewActions(List.of(AgreedAction.agree("walk", PersonRef.user("worker-1"), "昼に散歩する", null)))
                .stored(2L, 1);
        RetentionInterview third = CarryOver.next(second, THIRD_DAY);
        assertEquals(List.of("walk"), third.carriedActions().stream().map(AgreedAction::id).toList());
        assertEquals(Long.valueOf(2L), third.carriedActions().get(0).originInterviewId());
    }

    @Test
    public void aContinuedActionIsNotDueBeforeTheInterviewThatContinuedIt() {
        RetentionInterview late = CarryOver.next(first(), SECOND_DAY.plusDays(3));
        LocalDate old = late.carriedActions().get(0).dueDate();
        assertHasError(late.resolve("rest", ActionStatus.CONTINUED, null, old).validate(),
                "carriedActions[0].dueDate", RetentionInterview.CONTINUED_NEEDS_DATE);
        assertEquals("continued without a date: the proposed one", late.proposedDueDate(),
                late.resolve("rest", ActionStatus.CONTINUED, null, null).carriedActions().get(0).dueDate());
        assertEquals(List.of(), late.resolve("rest", ActionStatus.CONTINUED, null, THIRD_DAY).validate());
        assertEquals(List.of(), late.resolve("rest", ActionStatus.DONE, null, null).validate());
    }

    @Test
    public void nothingIsLostBetweenInterviews() {
        RetentionInterview previous = first();
        RetentionInterview complete = CarryOver.next(previous, SECOND_DAY);
        assertEquals(List.of(), CarryOver.lost(previous, complete));
        RetentionInterview dropped = new RetentionInterview(null, 0, SECOND_DAY, complete.participants(), null,
                null, null, complete.carriedActions().subList(0, 1), List.of(), null, null);
        FieldError lost = assertHasError(CarryOver.lost(previous, dropped), "carriedActions", CarryOver.ACTION_MISSING);
        assertArrayEquals(new Object[] {"指示をメモで渡す"}, lost.args());
        AgreedAction rewritten = complete.carriedActions().get(1);
        RetentionInterview tampered = new RetentionInterview(null, 0, SECOND_DAY, complete.participants(), null,
                null, null, List.of(complete.carriedActions().get(0), new AgreedAction(rewritten.id(),
                        rewritten.owner(), rewritten.what(), null, ActionStatus.OPEN, null, 99L, List.of())),
                List.of(), null, null);
        assertEquals(1, CarryOver.lost(previous, tampered).size());
    }

    @Test
    public void theNextInterviewIsNotBeforeThePreviousOne() {
        assertRefused(() -> CarryOver.next(first(), FIRST_DAY.minusDays(1)), "date", Check.NOT_BEFORE);
        assertRefused(() -> CarryOver.next(first(), null), "date", Check.REQUIRED);
        assertEquals(FIRST_DAY, CarryOver.next(first(), FIRST_DAY).date());
    }

    @Test
    public void thePreviousInterviewMustBeStored() {
        ConditionScaleTest.assertThrows(() -> CarryOver.actionsFrom(RetentionInterviewTest.sample()));
    }

    @Test
    public void ratingsOfTheNextInterviewStartEmpty() {
        RetentionInterview previous = first().withRatings(new ConditionRatings(Map.of(ConditionItem.MOOD, 1)));
        assertTrue(CarryOver.next(previous, SECOND_DAY).ratings().isEmpty());
        try {
            CarryOver.next(previous, SECOND_DAY).markFinal();
            throw new AssertionError("two actions are unresolved");
        } catch (ValidationException expected) {
            assertEquals(2, expected.errors().size());
        }
    }
}
