package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"visit"}}; {@code PUT}: {@code {"version", "visit"}}, the version the edit was made from. */
public record VisitRequest(int version, VisitRepresentation visit) {

    public VisitRecord toDomain() {
        return Json.required("visit", visit, VisitRepresentation::toDomain);
    }
}
