package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A task analysis (課題分析) of a case; its steps are {@link TaskStepEntity} rows, its sessions {@link TaskSessionEntity}. */
@Preload
@Table("TASK_ANALYSIS")
public interface TaskAnalysisEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getGoal();
    void setGoal(String goal);

    String getSetting();
    void setSetting(String setting);

    String getInstructor();
    void setInstructor(String instructor);

    @NotNull
    int getThreshold();
    void setThreshold(int threshold);

    /** {@code AnalysisStatus} by name. */
    @NotNull
    String getStatus();
    void setStatus(String status);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
