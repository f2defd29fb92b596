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
import net.java.ao.schema.Unique;

/**
 * One revision of a case's support plan; never changed once written. The plan's version is its newest
 * revision number, claimed like every other version (decision #6); {@link #getRevisionKey()} (case id and
 * number) stays unique, so a case can never hold two revisions of one number.
 * The newest per case by number (the current plan) and by time (the timeline): two indexes.
 */
@Preload
@Table("PLAN_REVISION")
@Indexes({
        @Index(name = "case_revision", methodNames = {"getCaseId", "getRevision"}),
        @Index(name = "case_created", methodNames = {"getCaseId", "getCreatedAt", "getID"})})
public interface PlanRevisionEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    int getRevision();
    void setRevision(int revision);

    @NotNull
    @Unique
    String getRevisionKey();
    void setRevisionKey(String revisionKey);

    @NotNull
    String getAuthorKey();
    void setAuthorKey(String authorKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    @StringLength(StringLength.UNLIMITED)
    String getCurrentSituation();
    void setCurrentSituation(String text);

    @StringLength(StringLength.UNLIMITED)
    String getDirection();
    void setDirection(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWorkerGoals();
    void setWorkerGoals(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCompanyGoals();
    void setCompanyGoals(String text);

    /** Added with the printed plan (issue 15): null in revisions written before. */
    @StringLength(StringLength.UNLIMITED)
    String getCenterGoals();
    void setCenterGoals(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWorkerIssues();
    void setWorkerIssues(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCompanyIssues();
    void setCompanyIssues(String text);

    @StringLength(StringLength.UNLIMITED)
    String getSupportConsult();
    void setSupportConsult(String text);

    @StringLength(StringLength.UNLIMITED)
    String getSupportJobPerf();
    void setSupportJobPerf(String text);

    @StringLength(StringLength.UNLIMITED)
    String getSupportJoint();
    void setSupportJoint(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCooperating();
    void setCooperating(String text);

    /** The phase dates as {@code PHASE=start/end} lines, ISO days; a phase not planned has no line. */
    @StringLength(StringLength.UNLIMITED)
    String getPhaseDates();
    void setPhaseDates(String phaseDates);

    /**
     * The visits planned per phase as {@code PHASE=count/UNIT} lines ({@code INTENSIVE=3/WEEK}); a phase without
     * planned visits has no line; null in revisions written before visits were planned per phase (issue 15).
     */
    @StringLength(StringLength.UNLIMITED)
    String getPhaseVisits();
    void setPhaseVisits(String phaseVisits);
}
