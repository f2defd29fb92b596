package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * What one session recorded of one step: the score (null: not observed, kept only with a count or a note), the
 * error count and a note. Carries the analysis and the case, so a grid or a case reads all its levels in one statement.
 */
@Preload
@Table("TA_LEVEL")
public interface TaskLevelEntity extends Entity {
    @NotNull
    @Indexed
    long getSessionId();
    void setSessionId(long sessionId);

    @NotNull
    @Indexed
    long getAnalysisId();
    void setAnalysisId(long analysisId);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    long getStepId();
    void setStepId(long stepId);

    Integer getScore();
    void setScore(Integer score);

    Integer getErrors();
    void setErrors(Integer errors);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);
}
