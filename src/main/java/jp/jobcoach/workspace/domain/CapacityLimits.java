package jp.jobcoach.workspace.domain;

import java.io.Serializable;
import java.util.List;

/**
 * The machine-readable limits an accommodation puts on the worker's capacity, beside its text: a daily hours cap
 * (6 h, lifted to 7 h, then 8 h), no overtime, no night shift, days a week. Every field may be absent: on an
 * accommodation an absent field is no limit; on a step of it ({@link AccommodationStep#limits()}) an absent field
 * leaves that limit as it was before the step, so a step "6h→7h" carries only {@code dailyHours = 7}.
 *
 * <p>Hours are quarter hours (0.25, 6.5, 7.75): exact in binary, so sums and comparisons never drift.
 *
 * @param dailyHours   the most hours a day, more than 0 and at most 24
 * @param noOvertime   true: no hours beyond the day's scheduled hours (the cap, or the standard day without one);
 *                     false on a step: that limit is lifted
 * @param noNightShift true: no night shifts; false on a step: lifted
 * @param daysPerWeek  the most working days a week, 1 to 7
 */
public record CapacityLimits(Double dailyHours, Boolean noOvertime, Boolean noNightShift, Integer daysPerWeek)
        implements Serializable {

    /** No limit at all: what an accommodation without limits (every one made before limits existed) carries. */
    public static final CapacityLimits NONE = new CapacityLimits(null, null, null, null);
    /** The standard working day (労働基準法 32条: 8 hours): the scheduled day when no cap is in force. */
    public static final double STANDARD_DAY_HOURS = 8;
    public static final double HOURS_IN_A_DAY = 24;

    public static final String NOT_QUARTER_HOURS = "jobcoach.validation.hours.quarter";
    public static final String HOURS_OUT_OF_RANGE = "jobcoach.validation.hours.out-of-range";

    public static CapacityLimits dailyHours(double hours) {
        return new CapacityLimits(hours, null, null, null);
    }

    public boolean isEmpty() {
        return dailyHours == null && noOvertime == null && noNightShift == null && daysPerWeek == null;
    }

    /** These limits with the fields {@code step} sets replacing theirs: what is in force once the step is lifted. */
    public CapacityLimits then(CapacityLimits step) {
        if (step == null) {
            return this;
        }
        return new CapacityLimits(step.dailyHours != null ? step.dailyHours : dailyHours,
                step.noOvertime != null ? step.noOvertime : noOvertime,
                step.noNightShift != null ? step.noNightShift : noNightShift,
                step.daysPerWeek != null ? step.daysPerWeek : daysPerWeek);
    }

    /** Two accommodations in force together: the stricter of each limit. */
    public CapacityLimits and(CapacityLimits other) {
        return new CapacityLimits(min(dailyHours, other.dailyHours), either(noOvertime, other.noOvertime),
                either(noNightShift, other.noNightShift),
                daysPerWeek == null ? other.daysPerWeek : other.daysPerWeek == null ? daysPerWeek
                        : Integer.valueOf(Math.min(daysPerWeek, other.daysPerWeek)));
    }

    public boolean forbidsOvertime() {
        return Boolean.TRUE.equals(noOvertime);
    }

    public boolean forbidsNightShift() {
        return Boolean.TRUE.equals(noNightShift);
    }

    /**
     * The most hours a day may hold under these limits: the cap, or the standard day while no overtime holds without a
     * cap; null when neither limits the day.
     */
    public Double dayCapacity() {
        if (dailyHours != null) {
            return forbidsOvertime() ? Math.min(dailyHours, STANDARD_DAY_HOURS) : dailyHours;
        }
        return forbidsOvertime() ? STANDARD_DAY_HOURS : null;
    }

    /** Field names: {@code dailyHours}, {@code daysPerWeek}, checked under the record that holds these limits. */
    public List<FieldError> validate() {
        Check check = new Check();
        if (dailyHours != null) {
            hours(check, "dailyHours", dailyHours, false);
        }
        if (daysPerWeek != null) {
            check.inRange("daysPerWeek", daysPerWeek, 1, 7);
        }
        return check.errors();
    }

    /**
     * Checks hours of one day: a finite number of quarter hours, from 0 (or more than 0 where {@code zeroAllowed} is
     * false) up to 24 — negative hours and a 30-hour day are refused.
     */
    public static Check hours(Check check, String field, double hours, boolean zeroAllowed) {
        return hoursUpTo(check, field, hours, zeroAllowed, HOURS_IN_A_DAY);
    }

    /** As {@link #hours}, up to {@code most} hours (a task's estimate may span the week). */
    public static Check hoursUpTo(Check check, String field, double hours, boolean zeroAllowed, double most) {
        boolean inRange = Double.isFinite(hours) && (zeroAllowed ? hours >= 0 : hours > 0) && hours <= most;
        check.failIf(!inRange, field, HOURS_OUT_OF_RANGE, zeroAllowed ? 0 : 0.25, most);
        return check.failIf(inRange && hours * 4 != Math.rint(hours * 4), field, NOT_QUARTER_HOURS);
    }

    private static Double min(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
    }

    private static Boolean either(Boolean a, Boolean b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Boolean.valueOf(a || b);
    }
}
