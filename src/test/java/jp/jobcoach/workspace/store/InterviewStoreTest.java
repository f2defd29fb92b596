package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.CarryOver;
import jp.jobcoach.workspace.domain.interview.InterviewReminder;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import org.junit.Before;
import org.junit.Test;

public class InterviewStoreTest extends StoreTestSupport {
    private InterviewStore store;

    @Before
    public void setUp() {
        store = new InterviewStore(ao);
    }

    @Test
    public void anInterviewRoundTripsWithParticipantsRatingsNotesAndActions() {
        Stored<RetentionInterview> created = store.create(1, interview(RETURN), "IN_COMPANY_COACH", T0);

        assertEquals(1, created.version());
        assertEquals(created, store.find(created.id()).orElseThrow());
        assertEquals(interview(RETURN).stored(created.id(), 1), store.find(created.id()).orElseThrow().value());
    }

    @Test
    public void theDraftOnADayIsFoundByCaseDateAndStatus() {
        Stored<RetentionInterview> draft = store.create(1, interview(RETURN), "c", T0);
        store.create(2, interview(RETURN.plusDays(1)), "c", T0);
        assertEquals(java.util.Optional.of(draft.id()), store.draftOn(1, RETURN));
        assertEquals(java.util.Optional.empty(), store.draftOn(1, RETURN.plusDays(1)));
        assertEquals("another case's", java.util.Optional.empty(), store.draftOn(2, RETURN));
        store.update(draft.id(), 1, interview(RETURN).markFinal(), "c", T0);
        assertEquals("a final interview is no draft", java.util.Optional.empty(), store.draftOn(1, RETURN));
    }

    @Test
    public void carriedActionsKeepTheirOriginAndReviewHistoryAcrossInterviews() {
        Stored<RetentionInterview> first = store.create(1, interview(RETURN), "c", T0);
        RetentionInterview second = CarryOver.next(first.value(), RETURN.plusDays(14));
        Stored<RetentionInterview> storedSecond = store.create(1, second, "c", T0);
        String actionId = second.carriedActions().get(0).id();
        RetentionInterview resolved = storedSecond.value().resolve(actionId, ActionStatus.CONTINUED, "続ける", RETURN.plusDays(30));
        store.update(storedSecond.id(), 1, resolved, "c", T0);
        RetentionInterview third = CarryOver.next(store.latest(1).orElseThrow().value(), RETURN.plusDays(28));
        Stored<RetentionInterview> storedThird = store.create(1, third, "c", T0);

        RetentionInterview read = store.find(storedThird.id()).orElseThrow().value();
        assertEquals(third.stored(storedThird.id(), 1), read);
        assertEquals(first.id(), (long) read.carriedActions().get(0).originInterviewId());
        assertEquals(ActionStatus.CONTINUED, read.carriedActions().get(0).history().get(0).outcome());
        assertEquals(List.of(), CarryOver.lost(store.find(storedSecond.id()).orElseThrow().value(), read));
    }

    @Test
    public void listsNewestFirstAndReadsTheReminderScheduleOfEveryCase() {
        Stored<RetentionInterview> early = store.create(1, interview(RETURN), "c", T0);
        Stored<RetentionInterview> late = store.create(1, interview(RETURN.plusDays(14)), "c", T0);
        Stored<RetentionInterview> other = store.create(2, interview(RETURN), "c", T0);

        assertEquals(List.of(late, early), store.page(1, null, 10));
        assertEquals(late, store.latest(1).orElseThrow());
        assertEquals(List.of(new InterviewReminder.Scheduled(1, early.id(), RETURN, RETURN.plusDays(14)),
                        new InterviewReminder.Scheduled(1, late.id(), RETURN.plusDays(14), RETURN.plusDays(28)),
                        new InterviewReminder.Scheduled(2, other.id(), RETURN, RETURN.plusDays(14))),
                store.scheduled());
    }

    @Test
    public void updatesOnlyAtTheCurrentVersionAndKeepsWhoSaved() {
        Stored<RetentionInterview> created = store.create(1, interview(RETURN), "c", T0);
        RetentionInterview changed = created.value().withNextDate(RETURN.plusDays(21));
        assertEquals(2, store.update(created.id(), 1, changed, "d", T0).version());

        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, created.value(), "e", T0));
        assertEquals(RETURN.plusDays(21), store.find(created.id()).orElseThrow().value().nextDate());
        assertEquals(2, ao.count(InterviewSaveEntity.class, "INTERVIEW_ID = ?", created.id()));
    }
}
