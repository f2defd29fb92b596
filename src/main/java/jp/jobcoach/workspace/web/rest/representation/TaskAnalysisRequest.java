package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.web.Json;

/** {@code POST}: {@code {"analysis"}}; {@code PUT}: {@code {"version", "analysis"}}. */
public record TaskAnalysisRequest(int version, TaskAnalysisRepresentation analysis) {

    public TaskAnalysis toDomain() {
        return Json.required("analysis", analysis, TaskAnalysisRepresentation::toDomain);
    }
}
