package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.CapacityLimits;

/**
 * {@code {"dailyHours": 6, "noOvertime": true, "noNightShift": true, "daysPerWeek": 4}}: an accommodation's (or a
 * step's) machine-readable limits; an absent member is no limit (on a step: unchanged by it).
 */
public record CapacityLimitsRepresentation(Double dailyHours, Boolean noOvertime, Boolean noNightShift, Integer daysPerWeek) {

    /** Null for no limits at all, so an accommodation told in words keeps the shape it had. */
    public static CapacityLimitsRepresentation from(CapacityLimits limits) {
        return limits == null || limits.isEmpty() ? null
                : new CapacityLimitsRepresentation(limits.dailyHours(), limits.noOvertime(), limits.noNightShift(),
                limits.daysPerWeek());
    }

    static CapacityLimits toDomain(CapacityLimitsRepresentation limits) {
        return limits == null ? CapacityLimits.NONE
                : new CapacityLimits(limits.dailyHours, limits.noOvertime, limits.noNightShift, limits.daysPerWeek);
    }
}
