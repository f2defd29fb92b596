package jp.jobcoach.workspace.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two revisions of a support plan, field by field. */
public record PlanDiff(int fromRevision, int toRevision, List<FieldChange> changes) {

    /** One changed field; a field absent on one side (a support type added) is {@code null} there. */
    public record FieldChange(String field, String oldValue, String newValue) {

        public FieldLabel label() {
            return new FieldLabel(field);
        }

        /** Line by line, for long text where the whole old and new values are hard to compare by eye. */
        public List<LineDiff.Line> lines() {
            return LineDiff.between(oldValue, newValue);
        }
    }

    public PlanDiff {
        changes = List.copyOf(changes);
    }

    public static PlanDiff between(PlanRevision from, PlanRevision to) {
        Map<String, String> old = from.content().comparableFields();
        Map<String, String> now = to.content().comparableFields();
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = fields.stream()
                .filter(field -> !Objects.equals(old.get(field), now.get(field)))
                .map(field -> new FieldChange(field, old.get(field), now.get(field)))
                .toList();
        return new PlanDiff(from.number(), to.number(), changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
