package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One audited access to case data: who did what to which record, and which fields changed - never their
 * contents, because the audit log itself must not become a second copy of health information.
 * Newest first per case (the audit list and export), hence the (CASE_ID, OCCURRED_AT, ID) index.
 */
@Preload
@Table("AUDIT_EVENT")
@Indexes(@Index(name = "case_occurred", methodNames = {"getCaseId", "getOccurredAt", "getID"}))
public interface AuditEventEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getActorKey();
    void setActorKey(String actorKey);

    @NotNull
    String getAction();
    void setAction(String action);

    @NotNull
    String getCategory();
    void setCategory(String category);

    @NotNull
    String getRecordType();
    void setRecordType(String recordType);

    long getRecordId();
    void setRecordId(long recordId);

    /** Comma-separated names of the changed fields. */
    @StringLength(StringLength.UNLIMITED)
    String getFields();
    void setFields(String fields);

    @NotNull
    @Indexed
    Date getOccurredAt();
    void setOccurredAt(Date occurredAt);
}
