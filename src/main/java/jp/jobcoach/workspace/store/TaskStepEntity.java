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
 * One step of a task analysis. Its row id is the step's stable id, which sessions name: rewording or moving the step
 * updates the row, retiring it sets {@code RETIRED}, so nothing recorded against it loses its step. Versioned with its
 * analysis. Read per analysis in order (the grid) and per case (the case panel), hence the two indexes.
 */
@Preload
@Table("TA_STEP")
@Indexes(@Index(name = "ta_step_order", methodNames = {"getAnalysisId", "getPosition"}))
public interface TaskStepEntity extends Entity {
    @NotNull
    @Indexed
    long getAnalysisId();
    void setAnalysisId(long analysisId);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    int getPosition();
    void setPosition(int position);

    @NotNull
    String getAction();
    void setAction(String action);

    String getToolPlace();
    void setToolPlace(String toolPlace);

    @StringLength(StringLength.UNLIMITED)
    String getKeyPoint();
    void setKeyPoint(String keyPoint);

    @StringLength(StringLength.UNLIMITED)
    String getCue();
    void setCue(String cue);

    String getSupporter();
    void setSupporter(String supporter);

    @StringLength(StringLength.UNLIMITED)
    String getAids();
    void setAids(String aids);

    @NotNull
    boolean isRetired();
    void setRetired(boolean retired);
}
