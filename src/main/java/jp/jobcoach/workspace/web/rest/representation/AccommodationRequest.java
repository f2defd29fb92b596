package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"accommodation"}}; {@code PUT}: {@code {"version", "accommodation"}}. */
public record AccommodationRequest(int version, AccommodationRepresentation accommodation) {

    public Accommodation toDomain() {
        return Json.required("accommodation", accommodation, AccommodationRepresentation::toDomain);
    }
}
