package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What a case's feeds last said of each of its items (domain/calendar/FeedLedger): its SEQUENCE and a hash of what
 * it showed, and enough of a gone item to keep it in the feeds as cancelled for a while. One row per case; no text of
 * the case is kept.
 */
@Preload
@Table("CAL_LEDGER")
public interface CalendarLedgerEntity extends Entity {
    @NotNull
    @Unique
    long getCaseId();
    void setCaseId(long caseId);

    @StringLength(StringLength.UNLIMITED)
    String getEntries();
    void setEntries(String entries);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date updatedAt);
}
