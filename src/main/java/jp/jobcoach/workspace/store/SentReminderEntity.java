package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A reminder the job has claimed: its idempotency key is unique, so no run on any node sends it twice. */
@Preload
@Table("SENT_REMINDER")
public interface SentReminderEntity extends Entity {
    @NotNull
    @Unique
    String getIdempotencyKey();
    void setIdempotencyKey(String idempotencyKey);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    Date getSentAt();
    void setSentAt(Date sentAt);
}
