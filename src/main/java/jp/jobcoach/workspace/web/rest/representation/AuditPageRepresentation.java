package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.AuditPage;

/**
 * {@code GET /cases/{id}/audit}: a page of the log, newest first, kept to the request's filters; {@code next} is the
 * cursor of the following page (absent on the last).
 */
public record AuditPageRepresentation(List<Entry> entries, String next) {

    /** @param nameOf the display name of a user key, so that a page of the log reads by name like the macro */
    public static AuditPageRepresentation from(AuditPage page, Function<String, String> nameOf) {
        return new AuditPageRepresentation(entries(page.entries(), nameOf),
                page.next() == null ? null : page.next().encode());
    }

    public static List<Entry> entries(List<AuditEntry> entries, Function<String, String> nameOf) {
        return Mapping.list(entries, entry -> new Entry(entry.caseId(), entry.actorKey(),
                nameOf.apply(entry.actorKey()), entry.action(), entry.category(), entry.recordType(), entry.recordId(),
                entry.fields(), entry.occurredAt()));
    }

    /** Who did what to which record, by field name only: the log never holds the values. */
    public record Entry(long caseId, String actorKey, String actorName, AuditAction action, String category,
                        String recordType, long recordId, List<String> fields, Instant occurredAt) {
    }
}
