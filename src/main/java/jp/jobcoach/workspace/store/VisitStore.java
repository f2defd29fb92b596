package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import net.java.ao.Query;

/** Visit records of center coaches. */
@Named
public class VisitStore {
    private static final Keyset NEWEST_FIRST = new Keyset("VISIT_DATE", "ID");
    private final ActiveObjects ao;

    @Inject
    public VisitStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** One INSERT with all its columns; the visit as stored is what was written, not read back. */
    public Stored<VisitRecord> create(long caseId, VisitRecord value) {
        List<String> coaches = value.coachKeys();
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", caseId);
        columns.put("VISIT_DATE", day(value.date()));
        columns.put("COACH_KEY", coaches.get(0));
        columns.put("SECOND_COACH_KEY", coaches.size() > 1 ? coaches.get(1) : null);
        columns.put("KIND", value.kind().name());
        columns.put("OBSERVATIONS", value.observations());
        columns.put("ADVICE_WORKER", value.adviceToWorker());
        columns.put("ADVICE_COMPANY", value.adviceToCompany());
        columns.put("NEXT_STEPS", value.nextSteps());
        columns.put("HAND_OVER", value.handOver());
        columns.put("VERSION", 1);
        VisitRecordEntity row = ao.create(VisitRecordEntity.class, columns);
        return new Stored<>(row.getID(), caseId, 1, value);
    }

    public Optional<Stored<VisitRecord>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(VisitRecordEntity.class, key)).map(VisitStore::toStored);
    }

    /** Newest visit first (by date, then id): at most {@code limit} after {@code after} (none: from the newest). */
    public List<Stored<VisitRecord>> page(long caseId, PageCursor after, int limit) {
        VisitRecordEntity[] rows = ao.find(VisitRecordEntity.class,
                NEWEST_FIRST.after(Query.select(), "CASE_ID = ?", List.of(caseId), after).limit(limit));
        return Columns.map(rows, VisitStore::toStored);
    }

    /** Where a list that ends with {@code stored} goes on. */
    public static PageCursor cursor(Stored<VisitRecord> stored) {
        return PageCursor.after(stored.value().date(), stored.id());
    }

    /** How many visits of the case fall within {@code days}: one count, whatever the history. */
    public int countWithin(long caseId, DateRange days) {
        return ao.count(VisitRecordEntity.class, Query.select()
                .where("CASE_ID = ? AND VISIT_DATE >= ? AND VISIT_DATE <= ?", caseId, day(days.start()), day(days.end())));
    }

    /**
     * The days of the case's visits within {@code days}, one per visit: one statement that streams the date column
     * only, as many rows as visits in those days (the planned visits' weeks, a plan's span).
     */
    public List<LocalDate> daysWithin(long caseId, DateRange days) {
        List<LocalDate> found = new ArrayList<>();
        ao.stream(VisitRecordEntity.class, Query.select("ID, VISIT_DATE")
                        .where("CASE_ID = ? AND VISIT_DATE >= ? AND VISIT_DATE <= ?", caseId, day(days.start()), day(days.end())),
                row -> found.add(day(row.getVisitDate())));
        return found;
    }

    /** The newest visit that left a hand-over, if any: one statement, one row. */
    public Optional<Stored<VisitRecord>> latestHandOver(long caseId) {
        return first(Query.select().where("CASE_ID = ? AND HAND_OVER IS NOT NULL", caseId));
    }

    /** The newest visit {@code coachKey} made on the case, alone or with the partner: one statement, one row. */
    public Optional<Stored<VisitRecord>> latestOf(long caseId, String coachKey) {
        return first(Query.select().where("CASE_ID = ? AND (COACH_KEY = ? OR SECOND_COACH_KEY = ?)", caseId, coachKey, coachKey));
    }

    private Optional<Stored<VisitRecord>> first(Query query) {
        VisitRecordEntity[] rows = ao.find(VisitRecordEntity.class, query.order("VISIT_DATE DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toStored(rows[0]));
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public Stored<VisitRecord> update(long id, int expectedVersion, VisitRecord value) {
        VisitRecordEntity row = claimed(id, expectedVersion);
        List<String> coaches = value.coachKeys();
        row.setVersion(expectedVersion + 1);
        row.setVisitDate(day(value.date()));
        row.setCoachKey(coaches.get(0));
        row.setSecondCoachKey(coaches.size() > 1 ? coaches.get(1) : null);
        row.setKind(value.kind().name());
        row.setObservations(value.observations());
        row.setAdviceWorker(value.adviceToWorker());
        row.setAdviceCompany(value.adviceToCompany());
        row.setNextSteps(value.nextSteps());
        row.setHandOver(value.handOver());
        row.save();
        return new Stored<>(id, row.getCaseId(), expectedVersion + 1, value);
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public void delete(long id, int expectedVersion) {
        ao.delete(claimed(id, expectedVersion));
    }

    /** The row, once this write holds its next version (see {@link VersionClaims}). */
    private VisitRecordEntity claimed(long id, int expectedVersion) {
        VisitRecordEntity row = ao.get(VisitRecordEntity.class, (int) id);
        VersionClaims.claimNext(ao, "visit", id, row.getVersion(), expectedVersion);
        return row;
    }

    private static Stored<VisitRecord> toStored(VisitRecordEntity row) {
        List<String> coaches = new ArrayList<>(List.of(row.getCoachKey()));
        if (row.getSecondCoachKey() != null) {
            coaches.add(row.getSecondCoachKey());
        }
        VisitRecord value = new VisitRecord(day(row.getVisitDate()), coaches, constant(VisitKind.class, row.getKind()),
                row.getObservations(), row.getAdviceWorker(), row.getAdviceCompany(), row.getNextSteps(), row.getHandOver());
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }
}
