package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One task of a workload week, in the week's order; versioned with its week. Read with the weeks of a range through
 * a join on the case, hence the (WEEK_ID, TASK_INDEX) index; {@code CASE_ID} lets a case's deletion reach it directly.
 */
@Preload
@Table("WEEK_TASK")
@Indexes(@Index(name = "week_task_week", methodNames = {"getWeekId", "getTaskIndex"}))
public interface WeekTaskEntity extends Entity {
    @NotNull
    @Indexed
    long getWeekId();
    void setWeekId(long weekId);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    int getTaskIndex();
    void setTaskIndex(int taskIndex);

    @NotNull
    String getTitle();
    void setTitle(String title);

    @NotNull
    double getEstimatedHours();
    void setEstimatedHours(double estimatedHours);

    /** ISO day. */
    @NotNull
    String getDue();
    void setDue(String due);

    @NotNull
    String getAssignedBy();
    void setAssignedBy(String assignedBy);

    /** The linked task analysis, an opaque id (not a foreign key: task analyses are their own records). */
    Long getTaskAnalysisId();
    void setTaskAnalysisId(Long taskAnalysisId);

    @NotNull
    String getOutcome();
    void setOutcome(String outcome);

    /** ISO day: the first day of the week it was carried over from. */
    String getCarriedFrom();
    void setCarriedFrom(String carriedFrom);
}
