package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A workplace accommodation of a case; its lifting steps are {@link AccommodationStepEntity} rows. */
@Preload
@Table("ACCOMMODATION")
public interface AccommodationEntity extends Entity {
    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @StringLength(StringLength.UNLIMITED)
    String getStopConditions();
    void setStopConditions(String stopConditions);

    /** Planned review days, ISO, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getReviewDates();
    void setReviewDates(String reviewDates);

    /** Days reviews were held, ISO, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getReviewsDone();
    void setReviewsDone(String reviewsDone);

    /** Capacity limits (issue 17); null on rows from before them and for limits not set: no limit. */
    Double getDailyHours();
    void setDailyHours(Double dailyHours);

    Boolean getNoOvertime();
    void setNoOvertime(Boolean noOvertime);

    Boolean getNoNightShift();
    void setNoNightShift(Boolean noNightShift);

    Integer getDaysPerWeek();
    void setDaysPerWeek(Integer daysPerWeek);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
