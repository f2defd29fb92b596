package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"interview"}}; {@code PUT}: {@code {"version", "interview"}}. */
public record InterviewRequest(int version, InterviewRepresentation interview) {

    public RetentionInterview toDomain() {
        return Json.required("interview", interview, InterviewRepresentation::toDomain);
    }
}
