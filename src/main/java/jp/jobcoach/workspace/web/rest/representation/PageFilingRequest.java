package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.web.Json;

/** {@code PUT /cases/{id}/pages/{kind}}: {@code {"pageId": 123}}. */
public record PageFilingRequest(Long pageId) {

    public long requiredPageId() {
        return Json.required("pageId", pageId, Long::longValue);
    }
}
