package jp.jobcoach.workspace.web.view;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.DataCategory;

/**
 * An audit entry in the reader's words: the action, the data category, the kind of record and the changed fields by
 * their labels, the actor by name, the time in the reader's zone. Codes the bundles do not know (a record type or
 * field of an older version) show as stored, so nothing is hidden. One reader for the view, the CSV and the
 * worker's copy.
 */
public final class AuditLabels {
    private static final String FIELD_KEY = "jobcoach.field.";
    private static final String RECORD_KEY = "jobcoach.web.audit.record.";

    private final ViewText text;

    public AuditLabels(ViewText text) {
        this.text = text;
    }

    public String when(AuditEntry entry) {
        return text.when(entry.occurredAt());
    }

    public String actor(AuditEntry entry) {
        return text.person(entry.actorKey());
    }

    public String action(AuditAction action) {
        return text.message("jobcoach.web.audit.action." + action.name().toLowerCase(Locale.ROOT));
    }

    /** Entries name their category by the enum's name; one the code no longer knows shows as stored. */
    public String category(String category) {
        return Arrays.stream(DataCategory.values()).filter(known -> known.name().equals(category)).findFirst()
                .map(text::label).orElse(category);
    }

    /** The kind of record and its id, e.g. "Accommodation #12". */
    public String record(AuditEntry entry) {
        return orAsStored(RECORD_KEY + entry.recordType(), entry.recordType()) + " #" + entry.recordId();
    }

    public String fields(List<String> fields) {
        return fields.stream().map(field -> orAsStored(FIELD_KEY + field, field)).collect(Collectors.joining(", "));
    }

    /** The bundle's text for {@code key}, or {@code stored} when the bundle has none (it answers the key itself). */
    private String orAsStored(String key, String stored) {
        String label = text.message(key);
        return label.equals(key) ? stored : label;
    }
}
