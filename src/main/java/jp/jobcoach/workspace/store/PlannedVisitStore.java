package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.Stored;
import net.java.ao.Query;

/**
 * The visits a case's coach pair planned, by case and date range: one statement per read, served by the
 * (CASE_ID, PLANNED_DATE, ID) index, at most the rows asked for.
 */
@Named
public class PlannedVisitStore {
    /** The record type of the version claims ({@link VersionClaims}). */
    static final String RECORD = "planned-visit";

    private final ActiveObjects ao;

    @Inject
    public PlannedVisitStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** One INSERT with all its columns; answers what was written. */
    public Stored<PlannedVisit> create(long caseId, PlannedVisit value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", caseId);
        columns.put("PLANNED_DATE", day(value.date()));
        columns.put("COACH_KEY", value.coachKey());
        columns.put("NOTE", value.note());
        columns.put("VERSION", 1);
        PlannedVisitEntity row = ao.create(PlannedVisitEntity.class, columns);
        return new Stored<>(row.getID(), caseId, 1, value);
    }

    public Optional<Stored<PlannedVisit>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(PlannedVisitEntity.class, key)).map(PlannedVisitStore::toStored);
    }

    /**
     * The case's planned visits dated within {@code days} (both ends included), earliest first, at most {@code limit}:
     * what the visits page, the tallies and the case calendar read.
     */
    public List<Stored<PlannedVisit>> within(long caseId, DateRange days, int limit) {
        PlannedVisitEntity[] rows = ao.find(PlannedVisitEntity.class, Query.select()
                .where("CASE_ID = ? AND PLANNED_DATE >= ? AND PLANNED_DATE <= ?", caseId, day(days.start()), day(days.end()))
                .order("PLANNED_DATE ASC, ID ASC").limit(limit));
        return Columns.map(rows, PlannedVisitStore::toStored);
    }

    /** The case's planned visits from {@code from} on, earliest first, at most {@code limit}. */
    public List<Stored<PlannedVisit>> from(long caseId, LocalDate from, int limit) {
        PlannedVisitEntity[] rows = ao.find(PlannedVisitEntity.class, Query.select()
                .where("CASE_ID = ? AND PLANNED_DATE >= ?", caseId, day(from))
                .order("PLANNED_DATE ASC, ID ASC").limit(limit));
        return Columns.map(rows, PlannedVisitStore::toStored);
    }

    /**
     * The case's planned visits after {@code after} (none: from the first), earliest first by day then id, at most
     * {@code limit}: for reading them all a chunk at a time (the worker's copy).
     */
    public List<Stored<PlannedVisit>> page(long caseId, Stored<PlannedVisit> after, int limit) {
        Query query = after == null ? Query.select().where("CASE_ID = ?", caseId)
                : Query.select().where("CASE_ID = ? AND (PLANNED_DATE > ? OR (PLANNED_DATE = ? AND ID > ?))", caseId,
                        day(after.value().date()), day(after.value().date()), after.id());
        return Columns.map(ao.find(PlannedVisitEntity.class, query.order("PLANNED_DATE ASC, ID ASC").limit(limit)),
                PlannedVisitStore::toStored);
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public Stored<PlannedVisit> update(long id, int expectedVersion, PlannedVisit value) {
        PlannedVisitEntity row = claimed(id, expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setPlannedDate(day(value.date()));
        row.setCoachKey(value.coachKey());
        row.setNote(value.note());
        row.save();
        return new Stored<>(id, row.getCaseId(), expectedVersion + 1, value);
    }

    /** Cancels the planned visit. @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public void delete(long id, int expectedVersion) {
        ao.delete(claimed(id, expectedVersion));
    }

    private PlannedVisitEntity claimed(long id, int expectedVersion) {
        PlannedVisitEntity row = ao.get(PlannedVisitEntity.class, (int) id);
        VersionClaims.claimNext(ao, RECORD, id, row.getVersion(), expectedVersion);
        return row;
    }

    private static Stored<PlannedVisit> toStored(PlannedVisitEntity row) {
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(),
                new PlannedVisit(day(row.getPlannedDate()), row.getCoachKey(), row.getNote()));
    }
}
