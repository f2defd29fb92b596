package jp.jobcoach.workspace.store;

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
 * One week of a case's workload: its plan and its actuals; its tasks are {@link WeekTaskEntity} rows. Weeks are read
 * by case and a range of weeks (the week view, the 12-week trend), hence the (CASE_ID, WEEK_START) index; {@code SLOT}
 * (case id : week start) keeps one row per week, and its first write is claimed (decision #6).
 */
@Preload
@Table("WORK_WEEK")
@Indexes(@Index(name = "work_week_case", methodNames = {"getCaseId", "getWeekStart"}))
public interface WorkWeekEntity extends Entity {
    @NotNull
    @Unique
    String getSlot();
    void setSlot(String slot);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    /** The Monday, ISO: text in ISO order sorts and compares as the days do. */
    @NotNull
    String getWeekStart();
    void setWeekStart(String weekStart);

    /** Seven planned hours, Monday first, comma-separated. */
    @NotNull
    String getPlannedHours();
    void setPlannedHours(String plannedHours);

    /** Seven actual hours, Monday first, comma-separated; empty for a day not entered. */
    @NotNull
    String getActualHours();
    void setActualHours(String actualHours);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
