package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A retention interview. Participants, agreed actions and their reviews are child rows; the ratings are one
 * {@code ITEM=n} list so that an item added later (the daily log's) needs no new column.
 * Newest first per case (lists, latest, timeline), hence the (CASE_ID, IV_DATE, ID) index.
 */
@Preload
@Table("INTERVIEW")
@Indexes(@Index(name = "case_date", methodNames = {"getCaseId", "getIvDate", "getID"}))
public interface InterviewEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    @Indexed
    String getIvDate();
    void setIvDate(String ivDate);

    String getNextDate();
    void setNextDate(String nextDate);

    @NotNull
    String getStatus();
    void setStatus(String status);

    String getWorkerAbsent();
    void setWorkerAbsent(String workerAbsent);

    String getRatings();
    void setRatings(String ratings);

    @StringLength(StringLength.UNLIMITED)
    String getWorkerAccount();
    void setWorkerAccount(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWorkStatus();
    void setWorkStatus(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWorkVolume();
    void setWorkVolume(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWorries();
    void setWorries(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCompanyObs();
    void setCompanyObs(String text);

    /** Who first wrote it and when: the interview's place on the case timeline. */
    @NotNull
    String getAuthorKey();
    void setAuthorKey(String authorKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
