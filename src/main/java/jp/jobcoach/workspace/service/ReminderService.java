package jp.jobcoach.workspace.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.interview.InterviewReminder;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.port.Notifier.Delivery;
import jp.jobcoach.workspace.port.Notifier.Notification;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.ReminderStore;
import jp.jobcoach.workspace.store.TeamStore;

/**
 * The daily reminder run: every case's next interview date against today, each due reminder claimed by its
 * idempotency key before anyone is told, so a second run (a retry, another node) tells nobody twice. A lost
 * notification is preferred to a repeated one; the overdue flag on the case panel does not depend on it. The run's
 * notifications go to the notifier together, so what it cannot deliver it reports once per run.
 */
@Named
public class ReminderService {
    public static final String BODY = "jobcoach.reminder.body";
    private static final Set<CaseRole> NOTIFIED = Set.of(CaseRole.IN_COMPANY_COACH, CaseRole.CENTER_COACH);

    private final InterviewStore interviews;
    private final ReminderStore reminders;
    private final TeamStore teams;
    private final CaseStore cases;
    private final PageAccess pages;
    private final Notifier notifier;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public ReminderService(InterviewStore interviews, ReminderStore reminders, TeamStore teams, CaseStore cases,
                           PageAccess pages, Notifier notifier, Writes writes, TimeSource time) {
        this.interviews = interviews;
        this.reminders = reminders;
        this.teams = teams;
        this.cases = cases;
        this.pages = pages;
        this.notifier = notifier;
        this.writes = writes;
        this.time = time;
    }

    /** @return how many reminders this run claimed and sent */
    public int sendDue() {
        List<InterviewReminder.Scheduled> scheduled = interviews.scheduled();
        List<InterviewReminder> candidates = InterviewReminder.due(scheduled, time.today(), Set.of());
        Set<String> sent = reminders.sent(candidates.stream().map(InterviewReminder::idempotencyKey).toList());
        int count = 0;
        List<Delivery> deliveries = new ArrayList<>();
        for (InterviewReminder reminder : InterviewReminder.due(scheduled, time.today(), sent)) {
            // its own transaction: a refused claim must not roll back the claims before it
            if (writes.run(() -> reminders.claim(reminder.idempotencyKey(), reminder.caseId(), time.now()))) {
                deliveries.addAll(toCoaches(reminder));
                count++;
            }
        }
        if (!deliveries.isEmpty()) {
            notifier.send(deliveries);
        }
        return count;
    }

    /** To the case's coaches: which case, what is due and when, and a link to the case; nothing of its content. */
    private List<Delivery> toCoaches(InterviewReminder reminder) {
        String link = cases.find(reminder.caseId()).map(stored -> stored.value().rootPageId()).flatMap(pages::page)
                .map(PageAccess.PageLink::url).orElse(null);
        Notification notification = new Notification(reminder.kind().i18nKey(), BODY,
                List.<Serializable>of(reminder.caseId(), reminder.dueDate().toString()), link);
        return teams.team(reminder.caseId()).members().stream().filter(member -> NOTIFIED.contains(member.role()))
                .map(TeamMember::userKey).distinct()
                .map(userKey -> new Delivery(userKey, notification)).toList();
    }
}
