package jp.jobcoach.workspace.web.rest.representation;

import com.google.gson.annotations.SerializedName;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.web.Json;

/**
 * {@code POST /cases}: {@code {"creatorRole", "case"}}; {@code PUT /cases/{id}}: {@code {"version", "case"}}.
 * The role stays text so that an unknown one is a field error on {@code creatorRole}, not a bad body.
 */
public record CaseRequest(String creatorRole, int version, @SerializedName("case") CaseRepresentation supportCase) {

    public SupportCase toDomain() {
        return Json.required("case", supportCase, CaseRepresentation::toDomain);
    }
}
