package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.PlannedVisitStatus;
import jp.jobcoach.workspace.domain.VisitSchedule;

/**
 * {@code GET /cases/{id}/visits/planned}: the planned visits of the days asked for, earliest first, each with where it
 * stands against the visits recorded ({@code DONE}, {@code MISSED}, {@code DUE}, {@code UPCOMING}) and, when done, the
 * day of the visit that kept it.
 */
public record VisitScheduleRepresentation(List<Entry> planned) {

    public static VisitScheduleRepresentation from(List<VisitSchedule.Entry> schedule) {
        return new VisitScheduleRepresentation(Mapping.list(schedule, Entry::from));
    }

    /** {@code {"plannedVisit": {id, caseId, version, value}, "status", "keptOn"}}. */
    public record Entry(StoredRepresentation<PlannedVisitRepresentation> plannedVisit, PlannedVisitStatus status,
                        LocalDate keptOn) {

        public static Entry from(VisitSchedule.Entry entry) {
            return new Entry(StoredRepresentation.of(entry.planned(), PlannedVisitRepresentation::from), entry.status(),
                    entry.keptOn());
        }
    }
}
