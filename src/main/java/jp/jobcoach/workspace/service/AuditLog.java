package jp.jobcoach.workspace.service;

import java.util.List;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AuditEventStore;

/** Writes who did what to which record of a case, with the names of changed fields only. */
@Named
public class AuditLog {
    private final AuditEventStore store;
    private final TimeSource time;

    @Inject
    public AuditLog(AuditEventStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    public void record(GuardedCase on, AuditAction action, DataCategory category, String recordType, long recordId,
                       List<String> fields) {
        store.append(new AuditEntry(on.caseId(), on.actorKey(), action, category.name(), recordType, recordId,
                fields, time.now()));
    }
}
