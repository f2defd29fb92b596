package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.PlanDiff;

/** {@code GET /cases/{id}/plan/diff}: {@code {"fromRevision", "toRevision", "changes": [{field, oldValue, newValue}]}}. */
public record PlanDiffRepresentation(int fromRevision, int toRevision, List<Change> changes) {

    public static PlanDiffRepresentation from(PlanDiff diff) {
        return new PlanDiffRepresentation(diff.fromRevision(), diff.toRevision(), Mapping.list(diff.changes(),
                change -> new Change(change.field(), change.oldValue(), change.newValue())));
    }

    /** A field absent on one side (a support type added) has no value there. */
    public record Change(String field, String oldValue, String newValue) {
    }
}
