package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.ReminderStore;
import org.junit.Test;

public class ReminderServiceTest extends ServiceTestSupport {
    private final List<String> delivered = new ArrayList<>();

    @Test
    public void notifiesTheCoachesOnceHoweverOftenTheJobRuns() {
        new InterviewStore(ao).create(caseId, interview(TODAY.minusDays(14)), "IN_COMPANY_COACH", T0);
        ReminderService reminders = service();

        assertEquals(1, reminders.sendDue());
        assertEquals(0, reminders.sendDue());

        assertEquals(List.of("IN_COMPANY_COACH jobcoach.reminder.today", "CENTER_COACH jobcoach.reminder.today"),
                delivered.stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    public void aCaseWithoutAPlannedDateGetsNothing() {
        new InterviewStore(ao).create(caseId, interview(TODAY).withNextDate(null), "IN_COMPANY_COACH", T0);
        assertEquals(0, service().sendDue());
        assertEquals(List.of(), delivered);
    }

    private ReminderService service() {
        Notifier notifier = (userKey, notification) -> delivered.add(userKey + " " + notification.subjectKey());
        return new ReminderService(new InterviewStore(ao), new ReminderStore(ao), teamStore, caseStore, pages, notifier,
                new Writes(new jp.jobcoach.workspace.store.Transactions(ao) {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }), time);
    }

}
