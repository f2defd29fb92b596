package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A workplace accommodation (就業上の配慮) such as shorter hours or no overtime, with its planned stepwise
 * lifting. Steps are lifted one after another, each with an approver, and lifting stops when a stop
 * condition appears. Changes return a new value.
 *
 * @param reviewDates    when the accommodation is planned to be reviewed
 * @param reviewsDone    when it actually was reviewed
 * @param stopConditions the signs on which lifting pauses or steps back, as free text
 */
public record Accommodation(String title, String description, List<AccommodationStep> steps,
                            List<LocalDate> reviewDates, List<LocalDate> reviewsDone, String stopConditions) {

    public static final String STEP_OUT_OF_ORDER = "jobcoach.validation.accommodation.step-out-of-order";
    public static final String LIFTED_BEFORE_PREVIOUS = "jobcoach.validation.accommodation.lifted-before-previous";
    public static final String ALL_STEPS_LIFTED = "jobcoach.validation.accommodation.all-steps-lifted";

    public Accommodation {
        steps = List.copyOf(steps);
        reviewDates = List.copyOf(reviewDates);
        reviewsDone = List.copyOf(reviewsDone);
    }

    /** The first step not yet lifted; empty when the accommodation is fully lifted (or has no steps). */
    public Optional<AccommodationStep> nextStep() {
        int next = nextStepIndex();
        return next < steps.size() ? Optional.of(steps.get(next)) : Optional.empty();
    }

    /**
     * The accommodation with step {@code index} lifted on {@code day}, approved by {@code approverKey}.
     *
     * @throws ValidationException when there is no approver or date, when an earlier step is still in place,
     *                             when the day is before the previous lift, or when every step is lifted
     */
    public Accommodation liftStep(int index, LocalDate day, String approverKey) {
        int next = nextStepIndex();
        if (next == steps.size()) {
            throw new ValidationException(new FieldError("steps", ALL_STEPS_LIFTED));
        }
        String field = "steps[" + index + "].";
        Check check = new Check()
                .failIf(index != next, field + "liftedDate", STEP_OUT_OF_ORDER, steps.get(next).label())
                .required(field + "liftedDate", day)
                .required(field + "approvedBy", approverKey);
        if (next > 0 && day != null) {
            LocalDate previous = steps.get(next - 1).liftedDate();
            check.failIf(day.isBefore(previous), field + "liftedDate", LIFTED_BEFORE_PREVIOUS, previous);
        }
        ValidationException.throwIfAny(check.errors());
        List<AccommodationStep> lifted = new ArrayList<>(steps);
        lifted.set(index, steps.get(index).liftedOn(day, approverKey));
        return new Accommodation(title, description, lifted, reviewDates, reviewsDone, stopConditions);
    }

    public Accommodation withReviewDone(LocalDate day) {
        List<LocalDate> done = new ArrayList<>(reviewsDone);
        done.add(day);
        return new Accommodation(title, description, steps, reviewDates, done, stopConditions);
    }

    /** A planned review date has come (today counts) and no review was recorded on or after it. */
    public boolean isReviewDue(LocalDate today) {
        Optional<LocalDate> lastPlanned = reviewDates.stream().filter(day -> !day.isAfter(today))
                .max(Comparator.naturalOrder());
        return lastPlanned.map(planned -> reviewsDone.stream().noneMatch(done -> !done.isBefore(planned)))
                .orElse(false);
    }

    /** Field names: {@code title}, {@code description}, {@code stopConditions}, {@code steps[i].label}, ... */
    public List<FieldError> validate() {
        return new Check()
                .name("title", title)
                .longText("description", description)
                .longText("stopConditions", stopConditions)
                .each("steps", steps, AccommodationStep::validate)
                .errors();
    }

    /** The index of the first step not yet lifted; {@code steps.size()} when none is left. */
    private int nextStepIndex() {
        return IntStream.range(0, steps.size()).filter(index -> !steps.get(index).isLifted()).findFirst()
                .orElse(steps.size());
    }
}
