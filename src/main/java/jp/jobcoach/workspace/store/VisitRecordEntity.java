package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A center coach's visit record. At most two coaches visit together, hence two columns.
 * Newest first per case (lists, timeline), hence the (CASE_ID, VISIT_DATE, ID) index.
 */
@Preload
@Table("VISIT_RECORD")
@Indexes(@Index(name = "case_date", methodNames = {"getCaseId", "getVisitDate", "getID"}))
public interface VisitRecordEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    @Indexed
    String getVisitDate();
    void setVisitDate(String visitDate);

    @NotNull
    String getCoachKey();
    void setCoachKey(String coachKey);

    String getSecondCoachKey();
    void setSecondCoachKey(String secondCoachKey);

    @NotNull
    String getKind();
    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getObservations();
    void setObservations(String observations);

    @StringLength(StringLength.UNLIMITED)
    String getAdviceWorker();
    void setAdviceWorker(String adviceWorker);

    @StringLength(StringLength.UNLIMITED)
    String getAdviceCompany();
    void setAdviceCompany(String adviceCompany);

    @StringLength(StringLength.UNLIMITED)
    String getNextSteps();
    void setNextSteps(String nextSteps);

    /** 引き継ぎ事項; null on visits recorded before it had its own field (their hand-over is in the texts). */
    @StringLength(StringLength.UNLIMITED)
    String getHandOver();
    void setHandOver(String handOver);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
