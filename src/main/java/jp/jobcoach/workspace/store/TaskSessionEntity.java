package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One recorded session of a task analysis; its per-step levels are {@link TaskLevelEntity} rows. */
@Preload
@Table("TA_SESSION")
@Indexes({@Index(name = "ta_session_day", methodNames = {"getAnalysisId", "getSessionDate"}),
        @Index(name = "ta_session_case", methodNames = {"getCaseId", "getSessionDate"})})
public interface TaskSessionEntity extends Entity {
    @NotNull
    @Indexed
    long getAnalysisId();
    void setAnalysisId(long analysisId);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    /** ISO day. */
    @NotNull
    String getSessionDate();
    void setSessionDate(String sessionDate);

    @NotNull
    String getRecorder();
    void setRecorder(String recorder);

    /** {@code CaseRole} by name. */
    @NotNull
    String getRecorderRole();
    void setRecorderRole(String recorderRole);

    Integer getMinutes();
    void setMinutes(Integer minutes);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    /** Of the steps observed ({@link #getObserved}), how many were independent: the session's rate, for the timeline. */
    @NotNull
    int getIndependent();
    void setIndependent(int independent);

    @NotNull
    int getObserved();
    void setObserved(int observed);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
