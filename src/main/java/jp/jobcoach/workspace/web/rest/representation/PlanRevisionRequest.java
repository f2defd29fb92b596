package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.web.Json;

/** {@code PUT /cases/{id}/plan}: {@code {"version", "plan"}}, the version the revision was written from (0 first). */
public record PlanRevisionRequest(int version, PlanContentRepresentation plan) {

    public SupportPlanContent toDomain() {
        return Json.required("plan", plan, PlanContentRepresentation::toDomain);
    }
}
