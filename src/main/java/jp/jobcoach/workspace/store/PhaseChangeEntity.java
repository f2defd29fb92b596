package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A move of a case between phases: history, never changed.
 * Oldest first per case, hence the (CASE_ID, CHANGED_AT, ID) index.
 */
@Preload
@Table("PHASE_CHANGE")
@Indexes(@Index(name = "case_changed", methodNames = {"getCaseId", "getChangedAt", "getID"}))
public interface PhaseChangeEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getFromPhase();
    void setFromPhase(String fromPhase);

    @NotNull
    String getToPhase();
    void setToPhase(String toPhase);

    @NotNull
    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date changedAt);
}
