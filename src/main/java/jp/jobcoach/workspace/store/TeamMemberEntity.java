package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A person's role on a case. Never edited in place: a role change removes the row and adds another. */
@Preload
@Table("TEAM_MEMBER")
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
