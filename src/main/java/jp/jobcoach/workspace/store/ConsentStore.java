package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import net.java.ao.Query;

/** The consent ledger of each case: read whole (a case holds a few dozen records at most), added to, revoked. */
@Named
public class ConsentStore {
    private static final String RECORD = "consent";

    private final ActiveObjects ao;

    @Inject
    public ConsentStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** The case's ledger, oldest first. One statement. */
    public ConsentLedger ledger(long caseId) {
        return new ConsentLedger(Columns.map(ao.find(ConsentGrantEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("ID")), ConsentStore::toStored));
    }

    /**
     * The ledgers of several cases, each oldest first (an empty ledger for a case without consents): one statement
     * for up to {@link Columns#MAX_IN_LIST} cases, for a person's feed over all their cases.
     */
    public Map<Long, ConsentLedger> ledgers(java.util.Collection<Long> caseIds) {
        Map<Long, List<Stored<Consent>>> byCase = new HashMap<>();
        caseIds.forEach(id -> byCase.put(id, new java.util.ArrayList<>()));
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            for (ConsentGrantEntity row : ao.find(ConsentGrantEntity.class, Query.select()
                    .where("CASE_ID IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray()).order("CASE_ID, ID"))) {
                byCase.computeIfAbsent(row.getCaseId(), id -> new java.util.ArrayList<>()).add(toStored(row));
            }
        }
        Map<Long, ConsentLedger> ledgers = new HashMap<>();
        byCase.forEach((id, consents) -> ledgers.put(id, new ConsentLedger(consents)));
        return ledgers;
    }

    public Optional<Stored<Consent>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(ConsentGrantEntity.class, key)).map(ConsentStore::toStored);
    }

    /**
     * Adds a consent. {@code pairRecords} is how many records the ledger held for this category and role when the
     * service checked that none of them is active; claiming the next of that count lets only one of two
     * concurrent grants for the pair through (decision #6).
     *
     * @throws StaleWriteException when another grant for the pair was written meanwhile
     */
    public Stored<Consent> create(long caseId, Consent value, int pairRecords) {
        VersionClaims.claimNext(ao, RECORD + "-pair", caseId + ":" + value.category() + ":" + value.role(),
                pairRecords, pairRecords);
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", caseId);
        columns.put("CATEGORY", value.category().name());
        columns.put("ROLE", value.role().name());
        columns.put("MEANS", value.means().name());
        columns.put("GIVEN_AT", Date.from(value.givenAt()));
        columns.put("RECORDED_BY", value.recordedBy());
        columns.put("PAPER_DATE", day(value.paperDate()));
        columns.put("VALID_UNTIL", day(value.validUntil()));
        columns.put("VERSION", 1);
        ConsentGrantEntity row = ao.create(ConsentGrantEntity.class, columns);
        return new Stored<>(row.getID(), caseId, 1, value);
    }

    /**
     * Writes the revocation onto the record at {@code expectedVersion}.
     *
     * @throws StaleWriteException when it was changed (revoked) since
     */
    public Stored<Consent> revoke(long id, int expectedVersion, Instant at, String byUserKey) {
        ConsentGrantEntity row = ao.get(ConsentGrantEntity.class, (int) id);
        VersionClaims.claimNext(ao, RECORD, id, row.getVersion(), expectedVersion);
        row.setRevokedAt(Date.from(at));
        row.setRevokedBy(byUserKey);
        row.setVersion(expectedVersion + 1);
        row.save();
        return toStored(row);
    }

    private static Stored<Consent> toStored(ConsentGrantEntity row) {
        Consent value = new Consent(Columns.constant(ConsentCategory.class, row.getCategory()),
                Columns.constant(CaseRole.class, row.getRole()), Columns.constant(ConsentMeans.class, row.getMeans()),
                row.getGivenAt().toInstant(), row.getRecordedBy(), day(row.getPaperDate()), day(row.getValidUntil()),
                row.getRevokedAt() == null ? null : row.getRevokedAt().toInstant(), row.getRevokedBy());
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }
}
