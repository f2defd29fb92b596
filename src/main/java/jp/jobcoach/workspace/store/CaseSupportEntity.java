package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One support type in use on a case, with its period and planned visit frequency. Rewritten with the case. */
@Preload
@Table("CASE_SUPPORT")
public interface CaseSupportEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getSupportType();
    void setSupportType(String supportType);

    String getStartDate();
    void setStartDate(String startDate);

    String getEndDate();
    void setEndDate(String endDate);

    int getVisitCount();
    void setVisitCount(int visitCount);

    String getVisitPer();
    void setVisitPer(String visitPer);
}
