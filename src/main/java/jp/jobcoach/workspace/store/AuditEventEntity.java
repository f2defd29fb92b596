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
 * Newest first per case (the audit list and export), hence the (CASE_ID, OCCURRED_AT, ID) index; checked in chain
 * order per case, hence (CASE_ID, CHAIN_SEQ).
 */
@Preload
@Table("AUDIT_EVENT")
@Indexes({@Index(name = "case_occurred", methodNames = {"getCaseId", "getOccurredAt", "getID"}),
        @Index(name = "case_chain", methodNames = {"getCaseId", "getChainSeq"})})
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

    /** Indexed for the administrators' list of tombstones (store/AuditEventStore#tombstones). */
    @NotNull
    @Indexed
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

    /**
     * The entry's place in its case's chain, from 1 (domain/AuditChain); null on entries written before the chain
     * existed, and on a deleted case's tombstone, which has no chain left to belong to.
     */
    Integer getChainSeq();
    void setChainSeq(Integer chainSeq);

    /** SHA-256 (hex) over the entry's content and the previous entry's hash; null where {@link #getChainSeq} is. */
    String getEntryHash();
    void setEntryHash(String entryHash);

    /** Why a case was deleted, on its tombstone only: the words of whoever deleted it, or the retention rule. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);
}
