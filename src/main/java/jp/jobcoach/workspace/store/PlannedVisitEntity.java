package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A visit the coach pair planned: read by case and date range (the visits page, "planned against done", the case
 * calendar), hence the (CASE_ID, PLANNED_DATE, ID) index.
 */
@Preload
@Table("PLANNED_VISIT")
@Indexes(@Index(name = "case_day", methodNames = {"getCaseId", "getPlannedDate", "getID"}))
public interface PlannedVisitEntity extends Entity {
    @NotNull
    long getCaseId();
    void setCaseId(long caseId);

    /** ISO day ({@code 2026-04-08}), so that text order is date order. */
    @NotNull
    String getPlannedDate();
    void setPlannedDate(String plannedDate);

    @NotNull
    String getCoachKey();
    void setCoachKey(String coachKey);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
