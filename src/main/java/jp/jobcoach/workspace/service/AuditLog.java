package jp.jobcoach.workspace.service;

import java.util.List;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AuditEventStore;
import jp.jobcoach.workspace.store.Transactions;

/** Writes who did what to which record of a case, with the names of changed fields only. */
@Named
public class AuditLog {
    private final AuditEventStore store;
    private final TimeSource time;
    private final Transactions transactions;

    @Inject
    public AuditLog(AuditEventStore store, TimeSource time, Transactions transactions) {
        this.store = store;
        this.time = time;
        this.transactions = transactions;
    }

    /**
     * In the caller's transaction when there is one (a write and its entry commit together), else in its own: the
     * entry's link into the case's chain holds a row lock until the commit.
     */
    public void record(GuardedCase on, AuditAction action, DataCategory category, String recordType, long recordId,
                       List<String> fields) {
        AuditEntry entry = new AuditEntry(on.caseId(), on.actorKey(), action, category.name(), recordType, recordId,
                fields, time.now());
        transactions.inTransaction(() -> {
            store.append(entry);
            return null;
        });
    }
}
