package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Who saved which version of an interview, and when. {@code SAVE_KEY} (interview id : new version) is unique,
 * so two saves from the same version cannot both commit, even on two cluster nodes at the same instant: the
 * database refuses the second claim (see docs/decisions.md #7).
 */
@Preload
@Table("IV_SAVE")
public interface IvSaveEntity extends Entity {
    @NotNull
    @Unique
    String getSaveKey();
    void setSaveKey(String saveKey);

    @NotNull
    @Indexed
    long getInterviewId();
    void setInterviewId(long interviewId);

    @NotNull
    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    Date getSavedAt();
    void setSavedAt(Date savedAt);
}
