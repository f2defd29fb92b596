package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Visit records of center coaches. */
@Named
public class VisitStore {
    private final ActiveObjects ao;

    @Inject
    public VisitStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Stored<VisitRecord> create(long caseId, VisitRecord value) {
        VisitRecordEntity row = ao.create(VisitRecordEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("VISIT_DATE", day(value.date())),
                new DBParam("COACH_KEY", value.coachKeys().get(0)),
                new DBParam("KIND", value.kind().name()),
                new DBParam("VERSION", 1));
        return write(row, value);
    }

    public Optional<Stored<VisitRecord>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(VisitRecordEntity.class, key)).map(VisitStore::toStored);
    }

    /** Newest visit first. */
    public List<Stored<VisitRecord>> forCase(long caseId) {
        VisitRecordEntity[] rows = ao.find(VisitRecordEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("VISIT_DATE DESC, ID DESC"));
        return Columns.map(rows, VisitStore::toStored);
    }

    /** @throws StaleWriteException when someone else wrote it after {@code expectedVersion} */
    public Stored<VisitRecord> update(long id, int expectedVersion, VisitRecord value) {
        VisitRecordEntity row = claimed(id, expectedVersion);
        row.setVersion(expectedVersion + 1);
        return write(row, value);
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

    private static Stored<VisitRecord> write(VisitRecordEntity row, VisitRecord value) {
        List<String> coaches = value.coachKeys();
        row.setVisitDate(day(value.date()));
        row.setCoachKey(coaches.get(0));
        row.setSecondCoachKey(coaches.size() > 1 ? coaches.get(1) : null);
        row.setKind(value.kind().name());
        row.setObservations(value.observations());
        row.setAdviceWorker(value.adviceToWorker());
        row.setAdviceCompany(value.adviceToCompany());
        row.setNextSteps(value.nextSteps());
        row.save();
        return toStored(row);
    }

    private static Stored<VisitRecord> toStored(VisitRecordEntity row) {
        List<String> coaches = new ArrayList<>(List.of(row.getCoachKey()));
        if (row.getSecondCoachKey() != null) {
            coaches.add(row.getSecondCoachKey());
        }
        VisitRecord value = new VisitRecord(day(row.getVisitDate()), coaches, constant(VisitKind.class, row.getKind()),
                row.getObservations(), row.getAdviceWorker(), row.getAdviceCompany(), row.getNextSteps());
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }
}
