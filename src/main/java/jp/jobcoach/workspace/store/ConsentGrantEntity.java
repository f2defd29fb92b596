package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One consent of the worker in the case's ledger (domain/consent/Consent). Never deleted: a revocation sets
 * {@code REVOKED_AT} and {@code REVOKED_BY} after a version claim. Days are ISO text (decision #6).
 */
@Preload
@Table("CONSENT_GRANT")
@Indexes(@Index(name = "case_consent", methodNames = {"getCaseId", "getID"}))
public interface ConsentGrantEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getCategory();
    void setCategory(String category);

    @NotNull
    String getRole();
    void setRole(String role);

    @NotNull
    String getMeans();
    void setMeans(String means);

    @NotNull
    Date getGivenAt();
    void setGivenAt(Date givenAt);

    @NotNull
    String getRecordedBy();
    void setRecordedBy(String recordedBy);

    String getPaperDate();
    void setPaperDate(String paperDate);

    String getValidUntil();
    void setValidUntil(String validUntil);

    Date getRevokedAt();
    void setRevokedAt(Date revokedAt);

    String getRevokedBy();
    void setRevokedBy(String revokedBy);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
