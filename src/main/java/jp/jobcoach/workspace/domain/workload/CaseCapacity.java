package jp.jobcoach.workspace.domain.workload;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CapacityLimits;

/**
 * What the case's accommodations allow on a day: each accommodation's limits in force that day (its steps lifted by
 * then), the strictest of each limit where two overlap. Accommodations told only in words add no limit.
 */
public record CaseCapacity(List<Accommodation> accommodations) {

    /** A week has five working days where no accommodation says otherwise. */
    public static final int USUAL_DAYS_PER_WEEK = 5;

    public CaseCapacity {
        accommodations = List.copyOf(accommodations);
    }

    public static CaseCapacity none() {
        return new CaseCapacity(List.of());
    }

    public CapacityLimits limitsOn(LocalDate day) {
        return accommodations.stream().map(accommodation -> accommodation.limitsOn(day))
                .reduce(CapacityLimits.NONE, CapacityLimits::and);
    }

    /**
     * The hours a week allows, as the limits stand on its first day: the day's capacity times the days a week (five
     * where no limit says); null when nothing limits the day.
     */
    public Double weekCapacity(LocalDate weekStart) {
        CapacityLimits limits = limitsOn(weekStart);
        Double day = limits.dayCapacity();
        if (day == null) {
            return null;
        }
        int days = limits.daysPerWeek() != null ? Math.min(limits.daysPerWeek(), WorkWeek.DAYS) : USUAL_DAYS_PER_WEEK;
        return day * days;
    }
}
