package jp.jobcoach.workspace.domain.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;

/**
 * How one retention interview picks up where the previous one ended: every action still open or continued
 * comes along, keeps its id, origin and reviews, and must be resolved again before the new interview is final.
 * Nothing is dropped silently; only a person marking an action dropped ends it.
 */
public final class CarryOver {

    /** {0} the field, {1} what the lost action is (user text, to escape). */
    public static final String ACTION_MISSING = "jobcoach.validation.interview.action-missing";

    private CarryOver() {
    }

    /**
     * The actions an interview after {@code previous} opens with, open again: the ones {@code previous}
     * continued or left unresolved (with its review added to their history), then the ones it agreed that are
     * still open.
     *
     * @throws IllegalArgumentException when {@code previous} is not stored yet (its id is their origin)
     */
    public static List<AgreedAction> actionsFrom(RetentionInterview previous) {
        if (previous.id() == null) {
            throw new IllegalArgumentException("the previous interview is not stored yet");
        }
        List<AgreedAction> carried = new ArrayList<>();
        for (AgreedAction action : previous.carriedActions()) {
            if (action.status() == null || action.status().carriesOver()) {
                carried.add(action.carriedFrom(previous.id(), previous.date(), true));
            }
        }
        for (AgreedAction action : previous.newActions()) {
            if (action.status() == null || action.status().carriesOver()) {
                carried.add(action.carriedFrom(previous.id(), previous.date(), false));
            }
        }
        return List.copyOf(carried);
    }

    /**
     * A draft of the interview after {@code previous} on {@code date}: the same participants to start with
     * (the form lets them change), no ratings or notes yet, and {@link #actionsFrom} to resolve.
     *
     * @throws ValidationException on {@code date} when it is before the previous interview
     */
    public static RetentionInterview next(RetentionInterview previous, LocalDate date) {
        ValidationException.throwIfAny(new Check()
                .required("date", date)
                .notBefore("date", date, "previousDate", previous.date())
                .errors());
        return new RetentionInterview(null, 0, date, previous.participants(), null, ConditionRatings.none(),
                InterviewNotes.blank(), actionsFrom(previous), List.of(), null, InterviewStatus.DRAFT);
    }

    /**
     * Whether a submitted interview after {@code previous} still holds everything it must: each action that
     * {@link #actionsFrom} brings along, with its origin and history unchanged. An error per lost action, on
     * {@code carriedActions}; empty when nothing is lost.
     */
    public static List<FieldError> lost(RetentionInterview previous, RetentionInterview next) {
        Check check = new Check();
        for (AgreedAction expected : actionsFrom(previous)) {
            boolean kept = next.carriedActions().stream().anyMatch(action -> action.id().equals(expected.id())
                    && Objects.equals(action.originInterviewId(), expected.originInterviewId())
                    && action.history().equals(expected.history()));
            check.failIf(!kept, "carriedActions", ACTION_MISSING, expected.what());
        }
        return check.errors();
    }
}
