package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import jp.jobcoach.workspace.domain.DateRange;

/** {@code {"start", "end"}}: a support's period, a plan phase, a tally's days. */
public record DateRangeRepresentation(LocalDate start, LocalDate end) {

    public static DateRangeRepresentation from(DateRange range) {
        return new DateRangeRepresentation(range.start(), range.end());
    }

    public DateRange toDomain() {
        return new DateRange(start, end);
    }
}
