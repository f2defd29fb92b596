package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import jp.jobcoach.workspace.domain.PlannedVisit;

/** A planned visit's value, as stored and as sent: the day, the center coach who is to visit, a note. */
public record PlannedVisitRepresentation(LocalDate date, String coachKey, String note) {

    public static PlannedVisitRepresentation from(PlannedVisit planned) {
        return new PlannedVisitRepresentation(planned.date(), planned.coachKey(), planned.note());
    }

    public PlannedVisit toDomain() {
        return new PlannedVisit(date, coachKey, note);
    }
}
