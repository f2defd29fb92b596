package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of a case's audit log. Carries the names of changed fields, never their values.
 *
 * @param category the data category's name (see the role matrix)
 */
public record AuditEntry(long caseId, String actorKey, AuditAction action, String category,
                         String recordType, long recordId, List<String> fields, Instant occurredAt) {
    public AuditEntry {
        fields = List.copyOf(fields);
    }
}
