package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;

/** {@code GET /cases/{id}/audit}: a page of the log, newest first, with the offset and limit it was read with. */
public record AuditPageRepresentation(List<Entry> entries, int offset, int limit) {

    /** @param nameOf the display name of a user key, so that a page of the log reads by name like the macro */
    public static AuditPageRepresentation from(List<AuditEntry> entries, Function<String, String> nameOf, int offset,
                                               int limit) {
        return new AuditPageRepresentation(Mapping.list(entries, entry -> new Entry(entry.caseId(), entry.actorKey(),
                nameOf.apply(entry.actorKey()), entry.action(), entry.category(), entry.recordType(), entry.recordId(),
                entry.fields(), entry.occurredAt())), offset, limit);
    }

    /** Who did what to which record, by field name only: the log never holds the values. */
    public record Entry(long caseId, String actorKey, String actorName, AuditAction action, String category,
                        String recordType, long recordId, List<String> fields, Instant occurredAt) {
    }
}
