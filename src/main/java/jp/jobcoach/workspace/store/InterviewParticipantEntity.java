package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Someone who took part in an interview, in list order; replaced with the interview on every save.
 * Read per interview in list order, hence the (INTERVIEW_ID, POSITION) index.
 */
@Preload
@Table("IV_PARTICIPANT")
@Indexes(@Index(name = "interview_position", methodNames = {"getInterviewId", "getPosition"}))
public interface InterviewParticipantEntity extends Entity {
    @NotNull
    @Indexed
    long getInterviewId();
    void setInterviewId(long interviewId);

    @NotNull
    int getPosition();
    void setPosition(int position);

    String getUserKey();
    void setUserKey(String userKey);

    String getDisplayName();
    void setDisplayName(String displayName);

    @NotNull
    String getMemberRole();
    void setMemberRole(String memberRole);
}
