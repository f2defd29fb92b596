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
 * One earlier review in the history of an {@link AgreedActionEntity} row, oldest first by position.
 * Read per interview in history order, hence the (INTERVIEW_ID, POSITION) index.
 */
@Preload
@Table("ACTION_REVIEW")
@Indexes(@Index(name = "interview_position", methodNames = {"getInterviewId", "getPosition"}))
public interface ActionReviewEntity extends Entity {
    @NotNull
    @Indexed
    long getActionRowId();
    void setActionRowId(long actionRowId);

    @NotNull
    @Indexed
    long getInterviewId();
    void setInterviewId(long interviewId);

    @NotNull
    int getPosition();
    void setPosition(int position);

    @NotNull
    long getReviewIvId();
    void setReviewIvId(long reviewIvId);

    String getReviewDate();
    void setReviewDate(String reviewDate);

    @NotNull
    String getOutcome();
    void setOutcome(String outcome);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);
}
