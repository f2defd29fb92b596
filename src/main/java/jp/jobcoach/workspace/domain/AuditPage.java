package jp.jobcoach.workspace.domain;

import java.util.List;

/** One page of a case's audit log, newest first, and where the next one starts (null: this is the last). */
public record AuditPage(List<AuditEntry> entries, AuditCursor next) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
