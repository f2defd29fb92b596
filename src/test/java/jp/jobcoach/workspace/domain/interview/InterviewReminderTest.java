package jp.jobcoach.workspace.domain.interview;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.interview.InterviewReminder.Scheduled;
import org.junit.Test;

public class InterviewReminderTest {

    private static final LocalDate NEXT = LocalDate.of(2025, 6, 10);
    private static final Scheduled CASE_1 = new Scheduled(1L, 11L, NEXT.minusWeeks(2), NEXT);

    private static List<ReminderKind> kindsOn(LocalDate today) {
        return InterviewReminder.due(List.of(CASE_1), today, Set.of()).stream().map(InterviewReminder::kind).toList();
    }

    @Test
    public void threeDaysAheadOnTheDayAndAfter() {
        assertEquals(List.of(), kindsOn(NEXT.minusDays(4)));
        assertEquals(List.of(ReminderKind.UPCOMING), kindsOn(NEXT.minusDays(3)));
        assertEquals(List.of(ReminderKind.UPCOMING), kindsOn(NEXT.minusDays(1)));
        assertEquals(List.of(ReminderKind.TODAY), kindsOn(NEXT));
        assertEquals(List.of(ReminderKind.OVERDUE), kindsOn(NEXT.plusDays(1)));
        assertEquals(List.of(ReminderKind.OVERDUE), kindsOn(NEXT.plusDays(30)));
    }

    @Test
    public void aJobRunTwiceNotifiesOnce() {
        Set<String> sent = new HashSet<>();
        for (LocalDate day = NEXT.minusDays(5); !day.isAfter(NEXT.plusDays(5)); day = day.plusDays(1)) {
            for (int run = 0; run < 2; run++) {
                InterviewReminder.due(List.of(CASE_1), day, sent).forEach(reminder -> {
                    if (!sent.add(reminder.idempotencyKey())) {
                        throw new AssertionError("sent twice: " + reminder);
                    }
                });
            }
        }
        assertEquals(Set.of("interview-reminder:1:11:UPCOMING:2025-06-10", "interview-reminder:1:11:TODAY:2025-06-10",
                "interview-reminder:1:11:OVERDUE:2025-06-10"), sent);
    }

    @Test
    public void aLaterInterviewReplacesThePlanOfTheOneBefore() {
        Scheduled early = new Scheduled(1L, 12L, NEXT.minusDays(2), NEXT.plusWeeks(2));
        assertEquals(List.of(), InterviewReminder.due(List.of(CASE_1, early), NEXT.plusDays(1), Set.of()));
        assertEquals(Optional.empty(), InterviewReminder.daysOverdue(List.of(CASE_1, early), NEXT.plusDays(1)));
        Scheduled sameDayLaterId = new Scheduled(1L, 13L, NEXT.minusDays(2), null);
        assertEquals(List.of(), InterviewReminder.due(List.of(early, sameDayLaterId), NEXT.plusWeeks(3), Set.of()));
    }

    @Test
    public void aMovedDateIsANewReminder() {
        InterviewReminder before = InterviewReminder.due(List.of(CASE_1), NEXT, Set.of()).get(0);
        Scheduled moved = new Scheduled(1L, 11L, CASE_1.date(), NEXT.plusDays(2));
        InterviewReminder after = InterviewReminder.due(List.of(moved), NEXT.plusDays(2), Set.of(before.idempotencyKey()))
                .get(0);
        assertEquals(ReminderKind.TODAY, after.kind());
        assertEquals(false, before.idempotencyKey().equals(after.idempotencyKey()));
    }

    @Test
    public void eachCaseIsRemindedSeparately() {
        Scheduled other = new Scheduled(2L, 21L, NEXT.minusWeeks(1), NEXT.minusDays(3));
        Scheduled none = new Scheduled(3L, 31L, NEXT.minusWeeks(1), null);
        List<InterviewReminder> due = InterviewReminder.due(List.of(other, none, CASE_1), NEXT, Set.of());
        assertEquals(List.of(new InterviewReminder(1L, 11L, ReminderKind.TODAY, NEXT),
                new InterviewReminder(2L, 21L, ReminderKind.OVERDUE, NEXT.minusDays(3))), due);
    }

    @Test
    public void theCasePanelShowsHowLateTheInterviewIs() {
        assertEquals(Optional.of(4L), InterviewReminder.daysOverdue(List.of(CASE_1), NEXT.plusDays(4)));
        assertEquals(Optional.empty(), InterviewReminder.daysOverdue(List.of(CASE_1), NEXT));
        assertEquals(Optional.empty(), InterviewReminder.daysOverdue(List.of(), NEXT));
    }
}
