package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A person's role on a case. Never edited in place: a role change removes the row and adds another.
 * Read per case (the guard) and per person (their case list), hence the (USER_KEY, CASE_ID) index.
 */
@Preload
@Table("TEAM_MEMBER")
@Indexes(@Index(name = "user_case", methodNames = {"getUserKey", "getCaseId"}))
public interface TeamMemberEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    @Indexed
    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    String getMemberRole();
    void setMemberRole(String memberRole);

    String getCoachSlot();
    void setCoachSlot(String coachSlot);
}
