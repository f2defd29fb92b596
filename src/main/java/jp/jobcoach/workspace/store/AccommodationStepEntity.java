package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One lifting step of an accommodation, in order; versioned with its accommodation.
 * Read per accommodation in step order, hence the (ACCOMMODATION_ID, STEP_INDEX) index.
 */
@Preload
@Table("ACCOM_STEP")
@Indexes(@Index(name = "accommodation_step", methodNames = {"getAccommodationId", "getStepIndex"}))
public interface AccommodationStepEntity extends Entity {
    @NotNull
    @Indexed
    long getAccommodationId();
    void setAccommodationId(long accommodationId);

    @NotNull
    int getStepIndex();
    void setStepIndex(int stepIndex);

    @NotNull
    String getLabel();
    void setLabel(String label);

    String getPlannedDate();
    void setPlannedDate(String plannedDate);

    String getLiftedDate();
    void setLiftedDate(String liftedDate);

    String getApprovedBy();
    void setApprovedBy(String approvedBy);

    /** The limits that change once the step is lifted (issue 17); null on rows from before them and for limits not set: no limit. */
    Double getDailyHours();
    void setDailyHours(Double dailyHours);

    Boolean getNoOvertime();
    void setNoOvertime(Boolean noOvertime);

    Boolean getNoNightShift();
    void setNoNightShift(Boolean noNightShift);

    Integer getDaysPerWeek();
    void setDaysPerWeek(Integer daysPerWeek);

    /** When the lift was recorded (null for rows from before it was kept): the start of its undo window. */
    Date getLiftedAt();
    void setLiftedAt(Date liftedAt);
}
