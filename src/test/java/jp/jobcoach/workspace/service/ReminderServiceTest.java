package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;

import java.util.List;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.ReminderStore;
import org.junit.Test;

public class ReminderServiceTest extends ServiceTestSupport {
    /** Who was told what, over all runs. */
    private List<String> delivered() {
        return notifier.calls.stream().flatMap(List::stream)
                .map(delivery -> delivery.userKey() + " " + delivery.notification().subjectKey()).toList();
    }

    /** How many notifications each call to the notifier carried. */
    private List<Integer> runs() {
        return notifier.calls.stream().map(List::size).toList();
    }

    @Test
    public void notifiesTheCoachesOnceHoweverOftenTheJobRuns() {
        new InterviewStore(ao).create(caseId, interview(TODAY.minusDays(14)), "IN_COMPANY_COACH", T0);
        ReminderService reminders = service();

        assertEquals(1, reminders.sendDue());
        assertEquals(0, reminders.sendDue());

        assertEquals(List.of("IN_COMPANY_COACH jobcoach.reminder.today", "CENTER_COACH jobcoach.reminder.today"),
                delivered().stream().sorted((a, b) -> b.compareTo(a)).toList());
        assertEquals("one call per run with something to send, so the notifier reports once per run", List.of(2), runs());
    }

    @Test
    public void theRemindersOfSeveralCasesGoToTheNotifierInOneCall() {
        long otherCase = caseWithEveryRole().id();
        InterviewStore interviews = new InterviewStore(ao);
        interviews.create(caseId, interview(TODAY.minusDays(14)), "IN_COMPANY_COACH", T0);
        interviews.create(otherCase, interview(TODAY.minusDays(30)), "IN_COMPANY_COACH", T0);

        assertEquals(2, service().sendDue());
        assertEquals(List.of(4), runs());
    }

    @Test
    public void aCaseWithoutAPlannedDateGetsNothing() {
        new InterviewStore(ao).create(caseId, interview(TODAY).withNextDate(null), "IN_COMPANY_COACH", T0);
        assertEquals(0, service().sendDue());
        assertEquals(List.of(), delivered());
        assertEquals("nothing to send, no call", List.of(), runs());
    }

    private ReminderService service() {
        return new ReminderService(new InterviewStore(ao), new ReminderStore(ao), teamStore, caseStore, pages, notifier,
                new Writes(new jp.jobcoach.workspace.store.Transactions(ao) {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }), time);
    }

}
