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
 * A party's agreement to one plan revision: history, never changed.
 * Read per case and revision, hence the (CASE_ID, REVISION) index.
 */
@Preload
@Table("PLAN_AGREEMENT")
@Indexes(@Index(name = "case_revision", methodNames = {"getCaseId", "getRevision"}))
public interface AgreementEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    String getMemberRole();
    void setMemberRole(String memberRole);

    @NotNull
    int getRevision();
    void setRevision(int revision);

    @NotNull
    Date getAgreedAt();
    void setAgreedAt(Date agreedAt);

    /** For an agreement recorded on a party's behalf (USER_KEY then the recorder): the day they agreed; else null. */
    String getPaperDate();
    void setPaperDate(String paperDate);

    /** AgreementMethod of an agreement on paper; null for one given in the product. */
    String getPaperMethod();
    void setPaperMethod(String paperMethod);

    /** The name of who signed, as on the paper; optional. */
    String getSignerName();
    void setSignerName(String signerName);
}
