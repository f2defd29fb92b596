package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The save history of an interview: who saved which version, and when. The version itself is claimed in
 * {@link VersionClaimEntity} like every other versioned write (decision #6); {@code SAVE_KEY} (interview id :
 * version) stays unique, so the history cannot hold a version twice.
 */
@Preload
@Table("IV_SAVE")
public interface InterviewSaveEntity extends Entity {
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
