package jp.jobcoach.workspace.domain.interview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reminder that the next retention interview of a case is coming or late. The reminder job runs once a day
 * per cluster and may run twice (a retry, a second node after a fail-over); {@link #idempotencyKey()} is the
 * same for the same reminder, so the notifier records the keys it has sent and sends each once.
 *
 * @param interviewId the latest interview, whose next date this is about
 * @param dueDate     the planned date of the next interview
 */
public record InterviewReminder(long caseId, long interviewId, ReminderKind kind, LocalDate dueDate) {

    /** How many days ahead the coaches hear of the next interview. */
    public static final int DAYS_AHEAD = 3;

    /** What the rule needs of a stored interview. */
    public record Scheduled(long caseId, long interviewId, LocalDate date, LocalDate nextDate) {
    }

    /** Case, interview, kind and planned date: one reminder, however often the job runs. */
    public String idempotencyKey() {
        return "interview-reminder:" + caseId + ":" + interviewId + ":" + kind.name() + ":" + dueDate;
    }

    /**
     * The reminders due {@code today} for the given interviews of any number of cases, leaving out those
     * whose key is in {@code alreadySent}, in case order. Per case only the latest interview (by date, then
     * id) counts: a later interview, even an early one, replaces the plan of the one before.
     * <ul>
     *   <li>{@link ReminderKind#UPCOMING} on any of the {@link #DAYS_AHEAD} days before the next date (a job
     *       that missed a day still sends it, once);</li>
     *   <li>{@link ReminderKind#TODAY} on the next date;</li>
     *   <li>{@link ReminderKind#OVERDUE} any day after it, once.</li>
     * </ul>
     */
    public static List<InterviewReminder> due(Collection<Scheduled> interviews, LocalDate today,
                                              Set<String> alreadySent) {
        return latestPerCase(interviews).values().stream()
                .map(latest -> reminderFor(latest, today))
                .flatMap(Optional::stream)
                .filter(reminder -> !alreadySent.contains(reminder.idempotencyKey()))
                .toList();
    }

    /**
     * How many days the case's next interview is late: empty when it is not (no date planned, or the date is
     * today or later). For the flag on the case panel and the dashboards.
     */
    public static Optional<Long> daysOverdue(Collection<Scheduled> interviewsOfOneCase, LocalDate today) {
        return latest(interviewsOfOneCase)
                .map(Scheduled::nextDate)
                .filter(next -> next.isBefore(today))
                .map(next -> ChronoUnit.DAYS.between(next, today));
    }

    /** The case's latest interview: the one whose next date counts. */
    public static Optional<Scheduled> latest(Collection<Scheduled> interviewsOfOneCase) {
        return interviewsOfOneCase.stream().max(LATEST);
    }

    private static final Comparator<Scheduled> LATEST =
            Comparator.comparing(Scheduled::date).thenComparingLong(Scheduled::interviewId);

    private static Map<Long, Scheduled> latestPerCase(Collection<Scheduled> interviews) {
        Map<Long, Scheduled> latest = new LinkedHashMap<>();
        interviews.stream()
                .sorted(Comparator.comparingLong(Scheduled::caseId))
                .forEach(interview -> latest.merge(interview.caseId(), interview,
                        (one, other) -> LATEST.compare(one, other) >= 0 ? one : other));
        return latest;
    }

    private static Optional<InterviewReminder> reminderFor(Scheduled latest, LocalDate today) {
        LocalDate next = latest.nextDate();
        if (next == null) {
            return Optional.empty();
        }
        ReminderKind kind;
        if (next.isBefore(today)) {
            kind = ReminderKind.OVERDUE;
        } else if (next.isEqual(today)) {
            kind = ReminderKind.TODAY;
        } else if (!next.minusDays(DAYS_AHEAD).isAfter(today)) {
            kind = ReminderKind.UPCOMING;
        } else {
            return Optional.empty();
        }
        return Optional.of(new InterviewReminder(latest.caseId(), latest.interviewId(), kind, next));
    }
}
