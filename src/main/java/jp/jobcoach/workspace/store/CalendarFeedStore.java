package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.domain.calendar.FeedLedger;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Calendar feeds and the per-case ledgers of what they said. A feed is found by the hash of its token, never by the
 * token; its writes (a new token, revocation) are claimed like every versioned write. A {@code Stored} feed's
 * {@code caseId} is its case, or 0 for a person's feed of all their cases.
 */
@Named
public class CalendarFeedStore {
    private static final String CLAIM = "calendar-feed";

    private final ActiveObjects ao;

    @Inject
    public CalendarFeedStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** One INSERT. */
    public Stored<CalendarFeed> create(CalendarFeed feed, String tokenHash) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("OWNER_KEY", feed.ownerKey());
        columns.put("CASE_ID", feed.caseId());
        columns.put("TOKEN_HASH", tokenHash);
        columns.put("NAMES", feed.names().name());
        columns.put("LABEL", feed.label());
        columns.put("LOCALE", feed.locale().toLanguageTag());
        columns.put("CREATED_AT", Date.from(feed.createdAt()));
        columns.put("VERSION", 1);
        CalendarFeedEntity row = ao.create(CalendarFeedEntity.class, columns);
        return new Stored<>(row.getID(), feed.caseId() == null ? 0 : feed.caseId(), 1, feed);
    }

    /** The live (not revoked) feed whose token has this hash. */
    public Optional<Stored<CalendarFeed>> byTokenHash(String tokenHash) {
        CalendarFeedEntity[] rows = ao.find(CalendarFeedEntity.class,
                Query.select().where("TOKEN_HASH = ? AND REVOKED_AT IS NULL", tokenHash));
        return rows.length == 0 ? Optional.empty() : Optional.of(toStored(rows[0]));
    }

    /** The owner's live feeds, oldest first. */
    public List<Stored<CalendarFeed>> ofOwner(String ownerKey) {
        return Columns.map(ao.find(CalendarFeedEntity.class,
                Query.select().where("OWNER_KEY = ? AND REVOKED_AT IS NULL", ownerKey).order("ID")), this::toStored);
    }

    /** A live feed of {@code ownerKey}: someone else's, a revoked one or none at all are the same absence. */
    public Optional<Stored<CalendarFeed>> find(long id, String ownerKey) {
        return Ids.asInt(id).map(key -> ao.get(CalendarFeedEntity.class, key))
                .filter(row -> row.getOwnerKey().equals(ownerKey) && row.getRevokedAt() == null).map(this::toStored);
    }

    /**
     * Gives the feed a new token hash (the old token stops working at once).
     *
     * @throws StaleWriteException when the feed is no longer at {@code expectedVersion}
     */
    public Stored<CalendarFeed> replaceToken(long id, int expectedVersion, String tokenHash) {
        CalendarFeedEntity row = claimed(id, expectedVersion);
        row.setTokenHash(tokenHash);
        row.setVersion(expectedVersion + 1);
        row.save();
        return toStored(row);
    }

    /** @throws StaleWriteException when the feed is no longer at {@code expectedVersion} */
    public void revoke(long id, int expectedVersion, Instant at) {
        CalendarFeedEntity row = claimed(id, expectedVersion);
        row.setRevokedAt(Date.from(at));
        row.setVersion(expectedVersion + 1);
        row.save();
    }

    /**
     * Notes a fetch; answers whether it is the first of {@code today} (the caller then audits it). Not a versioned
     * write: no one edits it, and of two fetches at once both may audit.
     */
    public boolean fetched(long id, Instant at, LocalDate today) {
        CalendarFeedEntity row = ao.get(CalendarFeedEntity.class, (int) id);
        boolean first = !today.toString().equals(row.getAuditedDay());
        row.setLastFetchedAt(Date.from(at));
        if (first) {
            row.setAuditedDay(today.toString());
        }
        row.save();
        return first;
    }

    private CalendarFeedEntity claimed(long id, int expectedVersion) {
        CalendarFeedEntity row = ao.get(CalendarFeedEntity.class, (int) id);
        VersionClaims.claimNext(ao, CLAIM, id, row.getVersion(), expectedVersion);
        return row;
    }

    /** The cases' ledgers, one statement for up to {@link Columns#MAX_IN_LIST} cases; a case without one is absent. */
    public Map<Long, FeedLedger> ledgers(Collection<Long> caseIds) {
        Map<Long, FeedLedger> ledgers = new HashMap<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            ao.stream(CalendarLedgerEntity.class, Query.select("ID, CASE_ID, ENTRIES")
                    .where("CASE_ID IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> ledgers.put(row.getCaseId(), FeedLedger.parse(row.getEntries())));
        }
        return ledgers;
    }

    /**
     * Writes a case's ledger: an UPDATE of its row, or the INSERT of the first. Two fetches at once compute the same
     * ledger from the same one, so the last write wins; a concurrent first INSERT loses to the unique case id and
     * leaves the other's row, which the next fetch reads.
     */
    public void saveLedger(long caseId, FeedLedger ledger, boolean exists, Instant at) {
        if (exists) {
            CalendarLedgerEntity[] rows = ao.find(CalendarLedgerEntity.class, Query.select().where("CASE_ID = ?", caseId));
            if (rows.length > 0) {
                rows[0].setEntries(ledger.text());
                rows[0].setUpdatedAt(Date.from(at));
                rows[0].save();
                return;
            }
        }
        ao.create(CalendarLedgerEntity.class, new DBParam("CASE_ID", caseId), new DBParam("ENTRIES", ledger.text()),
                new DBParam("UPDATED_AT", Date.from(at)));
    }

    private Stored<CalendarFeed> toStored(CalendarFeedEntity row) {
        CalendarFeed feed = new CalendarFeed(row.getOwnerKey(), row.getCaseId(), Columns.constant(FeedNames.class, row.getNames()),
                row.getLabel(), row.getLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(row.getLocale()),
                row.getCreatedAt().toInstant());
        return new Stored<>(row.getID(), row.getCaseId() == null ? 0 : row.getCaseId(), row.getVersion(), feed);
    }
}
