package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"plannedVisit"}}; {@code PUT}: {@code {"version", "plannedVisit"}}. */
public record PlannedVisitRequest(int version, PlannedVisitRepresentation plannedVisit) {

    public PlannedVisit toDomain() {
        return Json.required("plannedVisit", plannedVisit, PlannedVisitRepresentation::toDomain);
    }
}
