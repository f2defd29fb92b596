package jp.jobcoach.workspace.web.rest.representation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.web.Json;

/**
 * {@code PUT …/workload/{week}/actuals}: {@code {"version": 1, "actuals": {"actualHours": [6, 5.5, null, null, null,
 * null, null], "outcomes": [{"task": 12, "outcome": "DONE"}]}}}; null for a day not entered; outcomes {@code OPEN},
 * {@code DONE}, {@code CARRIED_OVER}, {@code HANDED_BACK} (an unknown one is a 400 naming it).
 */
public record WorkloadActualsRequest(int version, Actuals actuals) {

    public Actuals required() {
        return Json.required("actuals", actuals, value -> value);
    }

    public record Actuals(List<Double> actualHours, List<OutcomeRequest> outcomes) {

    public List<Double> hours() {
        return Json.required("actualHours", actualHours, WorkloadPlanRequest::sevenDays);
    }

    public Map<Long, TaskOutcome> domainOutcomes() {
        Map<Long, TaskOutcome> byTask = new LinkedHashMap<>();
        if (outcomes == null) {
            return byTask;
        }
        Check check = new Check();
        for (int index = 0; index < outcomes.size(); index++) {
            OutcomeRequest outcome = outcomes.get(index);
            if (outcome == null || outcome.task() == null) {
                throw Json.missing("outcomes[" + index + "].task");
            }
            String field = "outcomes[" + outcome.task() + "]";
            check.required(field, outcome.outcome());
            check.parse(field, outcome.outcome(), TaskOutcome.class).ifPresent(parsed -> byTask.put(outcome.task(), parsed));
        }
        ValidationException.throwIfAny(check.errors());
        return byTask;
    }

    }

    public record OutcomeRequest(Long task, String outcome) {
    }
}
