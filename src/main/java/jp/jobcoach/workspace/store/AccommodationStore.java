package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;
import static jp.jobcoach.workspace.store.Columns.days;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.Stored;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Accommodations with their steps; a write replaces the steps and raises the version. */
@Named
public class AccommodationStore {
    private final ActiveObjects ao;

    @Inject
    public AccommodationStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Stored<Accommodation> create(long caseId, Accommodation value) {
        AccommodationEntity row = ao.create(AccommodationEntity.class,
                new DBParam("CASE_ID", caseId), new DBParam("TITLE", value.title()), new DBParam("VERSION", 1));
        return write(row, value);
    }

    public Optional<Stored<Accommodation>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(AccommodationEntity.class, key)).map(row -> toStored(row, stepsOf(row)));
    }

    /** Oldest first; two statements however many accommodations the case has. */
    public List<Stored<Accommodation>> forCase(long caseId) {
        AccommodationEntity[] rows = ao.find(AccommodationEntity.class, Query.select().where("CASE_ID = ?", caseId).order("ID"));
        if (rows.length == 0) {
            return List.of();
        }
        List<Integer> ids = Columns.map(rows, AccommodationEntity::getID);
        AccommodationStepEntity[] steps = ao.find(AccommodationStepEntity.class, Query.select()
                .where("ACCOMMODATION_ID IN (" + Columns.placeholders(ids.size()) + ")", ids.toArray())
                .order("ACCOMMODATION_ID, STEP_INDEX"));
        Map<Long, List<AccommodationStep>> byOwner = Arrays.stream(steps).collect(Collectors.groupingBy(
                AccommodationStepEntity::getAccommodationId, Collectors.mapping(AccommodationStore::toStep, Collectors.toList())));
        return Columns.map(rows, row -> toStored(row, byOwner.getOrDefault((long) row.getID(), List.of())));
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public Stored<Accommodation> update(long id, int expectedVersion, Accommodation value) {
        AccommodationEntity row = claimed(id, expectedVersion);
        row.setVersion(expectedVersion + 1);
        ao.deleteWithSQL(AccommodationStepEntity.class, "ACCOMMODATION_ID = ?", id);
        return write(row, value);
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

    private Stored<Accommodation> write(AccommodationEntity row, Accommodation value) {
        row.setTitle(value.title());
        row.setDescription(value.description());
        row.setStopConditions(value.stopConditions());
        row.setReviewDates(days(value.reviewDates()));
        row.setReviewsDone(days(value.reviewsDone()));
        row.save();
        for (int index = 0; index < value.steps().size(); index++) {
            AccommodationStep step = value.steps().get(index);
            ao.create(AccommodationStepEntity.class,
                    new DBParam("ACCOMMODATION_ID", (long) row.getID()),
                    new DBParam("STEP_INDEX", index),
                    new DBParam("LABEL", step.label()),
                    new DBParam("PLANNED_DATE", day(step.plannedDate())),
                    new DBParam("LIFTED_DATE", day(step.liftedDate())),
                    new DBParam("APPROVED_BY", step.approvedBy()));
        }
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }

    private List<AccommodationStep> stepsOf(AccommodationEntity row) {
        AccommodationStepEntity[] steps = ao.find(AccommodationStepEntity.class,
                Query.select().where("ACCOMMODATION_ID = ?", (long) row.getID()).order("STEP_INDEX"));
        return Columns.map(steps, AccommodationStore::toStep);
    }

    private static AccommodationStep toStep(AccommodationStepEntity row) {
        return new AccommodationStep(row.getLabel(), day(row.getPlannedDate()), day(row.getLiftedDate()), row.getApprovedBy());
    }

    private static Stored<Accommodation> toStored(AccommodationEntity row, List<AccommodationStep> steps) {
        Accommodation value = new Accommodation(row.getTitle(), row.getDescription(), steps,
                days(row.getReviewDates()), days(row.getReviewsDone()), row.getStopConditions());
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }
}
