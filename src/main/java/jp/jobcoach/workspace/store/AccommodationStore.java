package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;
import static jp.jobcoach.workspace.store.Columns.days;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Stored;
import net.java.ao.Query;

/** Accommodations with their steps; a write replaces the steps and raises the version. */
@Named
public class AccommodationStore {
    private final ActiveObjects ao;

    @Inject
    public AccommodationStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** One INSERT with all its columns, then its steps. */
    public Stored<Accommodation> create(long caseId, Accommodation value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", caseId);
        columns.put("TITLE", value.title());
        columns.put("DESCRIPTION", value.description());
        columns.put("STOP_CONDITIONS", value.stopConditions());
        columns.put("REVIEW_DATES", days(value.reviewDates()));
        columns.put("REVIEWS_DONE", days(value.reviewsDone()));
        columns.put("VERSION", 1);
        limitColumns(value.limits()).forEach(columns::put);
        AccommodationEntity row = ao.create(AccommodationEntity.class, columns);
        return addSteps(row.getID(), caseId, 1, value);
    }

    public Optional<Stored<Accommodation>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(AccommodationEntity.class, key)).map(row -> toStored(row, stepsOf(row)));
    }

    /** Oldest first; two statements however many accommodations the case has, the steps joined on the case. */
    public List<Stored<Accommodation>> forCase(long caseId) {
        AccommodationEntity[] rows = ao.find(AccommodationEntity.class, Query.select().where("CASE_ID = ?", caseId).order("ID"));
        if (rows.length == 0) {
            return List.of();
        }
        AccommodationStepEntity[] steps = ao.find(AccommodationStepEntity.class, Query.select()
                .alias(AccommodationStepEntity.class, "s").alias(AccommodationEntity.class, "a")
                .join(AccommodationEntity.class, "a.ID = s.ACCOMMODATION_ID").where("a.CASE_ID = ?", caseId)
                .order("s.ACCOMMODATION_ID, s.STEP_INDEX"));
        Map<Long, List<AccommodationStep>> byOwner = Arrays.stream(steps).collect(Collectors.groupingBy(
                AccommodationStepEntity::getAccommodationId, Collectors.mapping(AccommodationStore::toStep, Collectors.toList())));
        return Columns.map(rows, row -> toStored(row, byOwner.getOrDefault((long) row.getID(), List.of())));
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public Stored<Accommodation> update(long id, int expectedVersion, Accommodation value) {
        AccommodationEntity row = claimed(id, expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setTitle(value.title());
        row.setDescription(value.description());
        row.setStopConditions(value.stopConditions());
        row.setReviewDates(days(value.reviewDates()));
        row.setReviewsDone(days(value.reviewsDone()));
        row.setDailyHours(value.limits().dailyHours());
        row.setNoOvertime(value.limits().noOvertime());
        row.setNoNightShift(value.limits().noNightShift());
        row.setDaysPerWeek(value.limits().daysPerWeek());
        row.save();
        ao.deleteWithSQL(AccommodationStepEntity.class, "ACCOMMODATION_ID = ?", id);
        return addSteps(id, row.getCaseId(), expectedVersion + 1, value);
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public void delete(long id, int expectedVersion) {
        AccommodationEntity row = claimed(id, expectedVersion);
        ao.deleteWithSQL(AccommodationStepEntity.class, "ACCOMMODATION_ID = ?", id);
        ao.delete(row);
    }

    /** The row, once this write holds its next version (see {@link VersionClaims}). */
    private AccommodationEntity claimed(long id, int expectedVersion) {
        AccommodationEntity row = ao.get(AccommodationEntity.class, (int) id);
        VersionClaims.claimNext(ao, "accommodation", id, row.getVersion(), expectedVersion);
        return row;
    }

    /** The accommodation's steps, and the accommodation as stored: what was written, not read back. */
    private Stored<Accommodation> addSteps(long id, long caseId, int version, Accommodation value) {
        for (int index = 0; index < value.steps().size(); index++) {
            AccommodationStep step = value.steps().get(index);
            Map<String, Object> columns = new HashMap<>();
            columns.put("ACCOMMODATION_ID", id);
            columns.put("STEP_INDEX", index);
            columns.put("LABEL", step.label());
            columns.put("PLANNED_DATE", day(step.plannedDate()));
            columns.put("LIFTED_DATE", day(step.liftedDate()));
            columns.put("APPROVED_BY", step.approvedBy());
            columns.put("LIFTED_AT", step.liftedAt() == null ? null : Date.from(step.liftedAt()));
            limitColumns(step.limits()).forEach(columns::put);
            ao.create(AccommodationStepEntity.class, columns);
        }
        return new Stored<>(id, caseId, version, value);
    }

    private List<AccommodationStep> stepsOf(AccommodationEntity row) {
        AccommodationStepEntity[] steps = ao.find(AccommodationStepEntity.class,
                Query.select().where("ACCOMMODATION_ID = ?", (long) row.getID()).order("STEP_INDEX"));
        return Columns.map(steps, AccommodationStore::toStep);
    }

    private static AccommodationStep toStep(AccommodationStepEntity row) {
        return new AccommodationStep(row.getLabel(), day(row.getPlannedDate()), day(row.getLiftedDate()), row.getApprovedBy(),
                row.getLiftedAt() == null ? null : row.getLiftedAt().toInstant(),
                new CapacityLimits(row.getDailyHours(), row.getNoOvertime(), row.getNoNightShift(), row.getDaysPerWeek()));
    }

    /** The limit columns that are set; absent limits stay null (no limit), as on rows from before limits existed. */
    private static Map<String, Object> limitColumns(CapacityLimits limits) {
        Map<String, Object> columns = new HashMap<>();
        putIfSet(columns, "DAILY_HOURS", limits.dailyHours());
        putIfSet(columns, "NO_OVERTIME", limits.noOvertime());
        putIfSet(columns, "NO_NIGHT_SHIFT", limits.noNightShift());
        putIfSet(columns, "DAYS_PER_WEEK", limits.daysPerWeek());
        return columns;
    }

    private static void putIfSet(Map<String, Object> columns, String column, Object value) {
        if (value != null) {
            columns.put(column, value);
        }
    }

    private static Stored<Accommodation> toStored(AccommodationEntity row, List<AccommodationStep> steps) {
        Accommodation value = new Accommodation(row.getTitle(), row.getDescription(), steps,
                days(row.getReviewDates()), days(row.getReviewsDone()), row.getStopConditions(),
                new CapacityLimits(row.getDailyHours(), row.getNoOvertime(), row.getNoNightShift(), row.getDaysPerWeek()));
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }
}
