package jp.jobcoach.workspace.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * A workplace accommodation (就業上の配慮) such as shorter hours or no overtime, with its planned stepwise
 * lifting. Steps are lifted one after another, each with an approver, and lifting stops when a stop
 * condition appears. Changes return a new value.
 *
 * @param reviewDates    when the accommodation is planned to be reviewed
 * @param reviewsDone    when it actually was reviewed
 * @param stopConditions the signs on which lifting pauses or steps back, as free text
 * @param limits         the machine-readable limits in force before any step is lifted ({@link CapacityLimits#NONE}
 *                       for an accommodation told only in words); each lifted step changes them ({@link #limitsOn})
 */
public record Accommodation(String title, String description, List<AccommodationStep> steps,
                            List<LocalDate> reviewDates, List<LocalDate> reviewsDone, String stopConditions,
                            CapacityLimits limits) {

    public static final String STEP_OUT_OF_ORDER = "jobcoach.validation.accommodation.step-out-of-order";
    public static final String LIFTED_BEFORE_PREVIOUS = "jobcoach.validation.accommodation.lifted-before-previous";
    public static final String ALL_STEPS_LIFTED = "jobcoach.validation.accommodation.all-steps-lifted";
    public static final String NOT_UNDOABLE = "jobcoach.validation.accommodation.not-undoable";
    /**
     * How long the person who lifted a step may take the lift back: long enough to notice a click on the wrong
     * accommodation or a missed stop condition, short enough that nobody has acted on the lift yet.
     */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(15);

    public Accommodation {
        steps = List.copyOf(steps);
        reviewDates = List.copyOf(reviewDates);
        reviewsDone = List.copyOf(reviewsDone);
        limits = limits == null ? CapacityLimits.NONE : limits;
    }

    /** An accommodation told in words only: no machine-readable limits. */
    public Accommodation(String title, String description, List<AccommodationStep> steps,
                         List<LocalDate> reviewDates, List<LocalDate> reviewsDone, String stopConditions) {
        this(title, description, steps, reviewDates, reviewsDone, stopConditions, CapacityLimits.NONE);
    }

    /** The same accommodation with {@code changed} as its limits before any step. */
    public Accommodation withLimits(CapacityLimits changed) {
        return new Accommodation(title, description, steps, reviewDates, reviewsDone, stopConditions, changed);
    }

    /**
     * The limits in force on {@code day}: those of the accommodation, changed by each step lifted on or before that
     * day, in step order (steps are lifted one after another). A step planned for that day but not yet lifted changes
     * nothing: a lift counts once someone approved it.
     */
    public CapacityLimits limitsOn(LocalDate day) {
        CapacityLimits inForce = limits;
        for (AccommodationStep step : steps) {
            if (!step.isLiftedBy(day)) {
                break;
            }
            inForce = inForce.then(step.limits());
        }
        return inForce;
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
    public Accommodation liftStep(int index, LocalDate day, String approverKey, Instant at) {
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
        lifted.set(index, steps.get(index).liftedOn(day, approverKey, at));
        return withSteps(lifted);
    }

    /**
     * The step whose lift {@code userKey} may still undo at {@code now}: the last lifted step, if they recorded its
     * lift less than {@link #UNDO_WINDOW} ago.
     */
    public OptionalInt undoableStep(String userKey, Instant now) {
        int last = nextStepIndex() - 1;
        if (last < 0) {
            return OptionalInt.empty();
        }
        AccommodationStep step = steps.get(last);
        boolean undoable = step.liftedAt() != null && step.approvedBy().equals(userKey)
                && now.isBefore(step.liftedAt().plus(UNDO_WINDOW));
        return undoable ? OptionalInt.of(last) : OptionalInt.empty();
    }

    /**
     * The accommodation with the lift of step {@code index} taken back by {@code userKey}.
     *
     * @throws ValidationException unless that is the step {@link #undoableStep} names
     */
    public Accommodation undoLift(int index, String userKey, Instant now) {
        if (undoableStep(userKey, now).orElse(-1) != index) {
            throw new ValidationException(new FieldError("steps", NOT_UNDOABLE, UNDO_WINDOW.toMinutes()));
        }
        List<AccommodationStep> back = new ArrayList<>(steps);
        back.set(index, steps.get(index).unlifted());
        return withSteps(back);
    }

    /** The last review recorded, if any. */
    public Optional<LocalDate> lastReview() {
        return reviewsDone.stream().max(Comparator.naturalOrder());
    }

    private Accommodation withSteps(List<AccommodationStep> changed) {
        return new Accommodation(title, description, changed, reviewDates, reviewsDone, stopConditions, limits);
    }

    public Accommodation withReviewDone(LocalDate day) {
        List<LocalDate> done = new ArrayList<>(reviewsDone);
        done.add(day);
        return new Accommodation(title, description, steps, reviewDates, done, stopConditions, limits);
    }

    /** A planned review date has come (today counts) and no review was recorded on or after it. */
    public boolean isReviewDue(LocalDate today) {
        return dueReview(today).isPresent();
    }

    /** The planned review that is due today: the latest planned date that has come, unless a review was recorded since. */
    public Optional<LocalDate> dueReview(LocalDate today) {
        Optional<LocalDate> lastPlanned = reviewDates.stream().filter(day -> !day.isAfter(today))
                .max(Comparator.naturalOrder());
        return lastPlanned.filter(planned -> reviewsDone.stream().noneMatch(done -> !done.isBefore(planned)));
    }

    /** Field names: {@code title}, {@code description}, {@code stopConditions}, {@code steps[i].label}, ... */
    public List<FieldError> validate() {
        return new Check()
                .name("title", title)
                .longText("description", description)
                .longText("stopConditions", stopConditions)
                .nested("limits.", limits, CapacityLimits::validate)
                .each("steps", steps, AccommodationStep::validate)
                .errors();
    }

    /** The index of the first step not yet lifted; {@code steps.size()} when none is left. */
    private int nextStepIndex() {
        return IntStream.range(0, steps.size()).filter(index -> !steps.get(index).isLifted()).findFirst()
                .orElse(steps.size());
    }
}
