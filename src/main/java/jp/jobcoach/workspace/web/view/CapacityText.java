package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.CapacityLimits;

/**
 * Capacity limits and hours as people read them: "6 h a day · no overtime · 4 days a week", hours without a
 * trailing ".0". Shared by the accommodations and the workload views.
 */
final class CapacityText {
    static final String SEPARATOR = " · ";

    private CapacityText() {
    }

    /** 6 → "6", 6.5 → "6.5", 7.75 → "7.75". */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    static String hours(Double hours) {
        return hours == null ? "" : hours(hours.doubleValue());
    }

    /** The limits an accommodation (or the case, on a day) sets; "no limits recorded" when none. */
    static String limits(ViewText text, CapacityLimits limits) {
        List<String> parts = parts(text, limits, false);
        return parts.isEmpty() ? text.message("jobcoach.web.limits.none") : String.join(SEPARATOR, parts);
    }

    /** What lifting a step changes ("7 h a day · overtime allowed"); empty when it changes none. */
    static String change(ViewText text, CapacityLimits step) {
        return String.join(SEPARATOR, parts(text, step, true));
    }

    private static List<String> parts(ViewText text, CapacityLimits limits, boolean change) {
        List<String> parts = new ArrayList<>();
        if (limits.dailyHours() != null) {
            parts.add(text.message("jobcoach.web.limits.daily-hours", hours(limits.dailyHours())));
        }
        if (Boolean.TRUE.equals(limits.noOvertime())) {
            parts.add(text.message("jobcoach.web.limits.no-overtime"));
        } else if (change && Boolean.FALSE.equals(limits.noOvertime())) {
            parts.add(text.message("jobcoach.web.limits.overtime-lifted"));
        }
        if (Boolean.TRUE.equals(limits.noNightShift())) {
            parts.add(text.message("jobcoach.web.limits.no-night-shift"));
        } else if (change && Boolean.FALSE.equals(limits.noNightShift())) {
            parts.add(text.message("jobcoach.web.limits.night-shift-lifted"));
        }
        if (limits.daysPerWeek() != null) {
            parts.add(text.message("jobcoach.web.limits.days-per-week", limits.daysPerWeek()));
        }
        return parts;
    }
}
