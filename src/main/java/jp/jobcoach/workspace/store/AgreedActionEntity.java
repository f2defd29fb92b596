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
 * An agreed action as one interview holds it: either agreed there ({@code CARRIED} false) or brought along
 * from the one before to be resolved there. Each interview keeps its own rows, so an interview reads back
 * exactly as it was saved; {@code ACTION_KEY} is the action's identity across interviews.
 * Read per case in interview and list order, hence the (CASE_ID, INTERVIEW_ID, POSITION) index.
 */
@Preload
@Table("AGREED_ACTION")
@Indexes(@Index(name = "case_interview", methodNames = {"getCaseId", "getInterviewId", "getPosition"}))
public interface AgreedActionEntity extends Entity {
    @NotNull
    @Indexed
    long getInterviewId();
    void setInterviewId(long interviewId);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getActionKey();
    void setActionKey(String actionKey);

    @NotNull
    boolean isCarried();
    void setCarried(boolean carried);

    @NotNull
    int getPosition();
    void setPosition(int position);

    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    String getOwnerName();
    void setOwnerName(String ownerName);

    String getWhat();
    void setWhat(String what);

    String getDueDate();
    void setDueDate(String dueDate);

    String getStatus();
    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getProgressNote();
    void setProgressNote(String progressNote);

    Long getOriginIvId();
    void setOriginIvId(Long originIvId);
}
