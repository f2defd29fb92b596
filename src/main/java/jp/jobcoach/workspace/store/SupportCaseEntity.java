package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One worker's case. Dates are ISO-8601 text ({@code yyyy-MM-dd}): a calendar day has no time zone, and text
 * reads back the same day on every database and JVM zone. Support types live in {@link CaseSupportEntity}.
 */
@Preload
@Table("CASE_FILE")
public interface SupportCaseEntity extends Entity {
    @Indexed
    String getWorkerKey();
    void setWorkerKey(String workerKey);

    String getWorkerName();
    void setWorkerName(String workerName);

    String getDepartment();
    void setDepartment(String department);

    String getLeaveStart();
    void setLeaveStart(String leaveStart);

    String getReturnDate();
    void setReturnDate(String returnDate);

    @NotNull
    String getPhase();
    void setPhase(String phase);

    @Indexed
    Long getRootPageId();
    void setRootPageId(Long rootPageId);

    /** The year of the case's number (docs/decisions.md #16); null on cases opened before numbers. */
    Integer getLabelYear();
    void setLabelYear(Integer labelYear);

    /** The case's place among its year's cases; unique with the year through a claim (store/VersionClaims). */
    Integer getLabelNumber();
    void setLabelNumber(Integer labelNumber);

    /** {@code PageTitles} by name; null on cases opened before the choice existed, whose titles carry the name. */
    String getPageTitles();
    void setPageTitles(String pageTitles);

    /** True while the case's pages are not restricted to its team as they should be (docs/decisions.md #15). */
    Boolean getRestrictPending();
    void setRestrictPending(Boolean restrictPending);

    /** Optimistic lock: raised by one on every write, compared with the version the writer read. */
    @NotNull
    int getVersion();
    void setVersion(int version);

    /**
     * Written only to lock the case's row for appending to its audit chain (store/AuditEventStore): an UPDATE is
     * the row lock every supported database understands, and the value written means nothing.
     */
    String getAuditLock();
    void setAuditLock(String auditLock);

    /** The place of the case's newest hashed audit entry (domain/AuditChain); null before the first. */
    Integer getAuditSeq();
    void setAuditSeq(Integer auditSeq);

    /** The hash of the case's newest hashed audit entry; null before the first. */
    String getAuditHead();
    void setAuditHead(String auditHead);
}
