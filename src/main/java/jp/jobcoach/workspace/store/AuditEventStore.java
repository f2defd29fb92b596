package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditChain;
import jp.jobcoach.workspace.domain.AuditCursor;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.AuditPage;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.domain.ChainCheck;
import jp.jobcoach.workspace.domain.Tombstone;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Appends to and reads the audit log. Entries are never updated or deleted one by one; a deleted case's entries go
 * all at once, leaving its tombstone.
 */
@Named
public class AuditEventStore {
    private final ActiveObjects ao;

    @Inject
    public AuditEventStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Appends {@code entry} as the next link of its case's chain (domain/AuditChain); the caller runs it in a
     * transaction (service/AuditLog), or the lock below would not outlast its statement. The case's row holds the
     * chain's head; it is first locked by an UPDATE of a column that means nothing (the one row lock every supported
     * database understands the same way), so a second entry on the same case waits until the first commits, on any
     * node, and then reads the head the first left: a statement after the lock sees it under read committed, and
     * MySQL's repeatable read shows a row this transaction updated as its newest version.
     *
     * @throws IllegalStateException when the case does not exist (any more): a write that raced the case's deletion
     *                               rolls back with its entry, so it leaves no row behind
     */
    public void append(AuditEntry entry) {
        SupportCaseEntity[] lockable = caseRow(entry.caseId());
        if (lockable.length == 0) {
            throw new IllegalStateException("no case " + entry.caseId() + " to audit");
        }
        lockable[0].setAuditLock(UUID.randomUUID().toString());
        lockable[0].save();
        SupportCaseEntity head = caseRow(entry.caseId())[0];
        int seq = head.getAuditSeq() == null ? 1 : head.getAuditSeq() + 1;
        String hash = AuditChain.hash(entry, seq, head.getAuditHead() == null ? AuditChain.START : head.getAuditHead());
        ao.create(AuditEventEntity.class, columns(entry, seq, hash));
        head.setAuditSeq(seq);
        head.setAuditHead(hash);
        head.save();
    }

    private SupportCaseEntity[] caseRow(long caseId) {
        return ao.find(SupportCaseEntity.class, Query.select("ID, AUDIT_SEQ, AUDIT_HEAD").where("ID = ?", caseId));
    }

    private static Map<String, Object> columns(AuditEntry entry, Integer seq, String hash) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("CASE_ID", entry.caseId());
        columns.put("ACTOR_KEY", entry.actorKey());
        columns.put("ACTION", entry.action().name());
        columns.put("CATEGORY", entry.category());
        columns.put("RECORD_TYPE", entry.recordType());
        columns.put("RECORD_ID", entry.recordId());
        columns.put("FIELDS", String.join(",", entry.fields()));
        columns.put("OCCURRED_AT", Date.from(entry.occurredAt()));
        columns.put("CHAIN_SEQ", seq);
        columns.put("ENTRY_HASH", hash);
        return columns;
    }

    /** Writes what is left of a deleted case; outside any chain, because the case's chain went with the case. */
    public void appendTombstone(Tombstone tombstone) {
        Map<String, Object> columns = columns(new AuditEntry(tombstone.caseId(), tombstone.actorKey(),
                AuditAction.DELETE, "CASE", Tombstone.RECORD_TYPE, tombstone.caseId(), List.of(),
                tombstone.deletedAt()), null, null);
        columns.put("REASON", tombstone.reason());
        ao.create(AuditEventEntity.class, columns);
    }

    /** The newest {@code limit} tombstones of deleted cases, newest first. */
    public List<Tombstone> tombstones(int limit) {
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                .where("RECORD_TYPE = ?", Tombstone.RECORD_TYPE).order("ID DESC").limit(limit));
        return Columns.map(rows, row -> new Tombstone(row.getCaseId(), row.getActorKey(), row.getReason(),
                row.getOccurredAt().toInstant()));
    }

    /** Every entry of a case but its tombstone; part of deleting the case (store/CaseErasure). */
    void deleteCase(long caseId) {
        ao.deleteWithSQL(AuditEventEntity.class, "CASE_ID = ? AND RECORD_TYPE <> ?", caseId, Tombstone.RECORD_TYPE);
    }

    /**
     * Checks a case's chain from its first hashed entry to its head, reading the hashed entries in chain order
     * {@code chunk} at a time (keyset on the place), so a long log never sits in memory.
     */
    public ChainCheck checkChain(long caseId, int chunk) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        int afterSeq = 0;
        AuditEventEntity[] rows;
        do {
            rows = ao.find(AuditEventEntity.class, Query.select()
                    .where("CASE_ID = ? AND CHAIN_SEQ > ?", caseId, afterSeq).order("CHAIN_SEQ").limit(chunk));
            for (AuditEventEntity row : rows) {
                verifier.accept(toEntry(row), row.getChainSeq(), row.getEntryHash());
                afterSeq = row.getChainSeq();
            }
        } while (rows.length == chunk);
        SupportCaseEntity[] head = caseRow(caseId);
        int headSeq = head.length == 0 || head[0].getAuditSeq() == null ? 0 : head[0].getAuditSeq();
        int unhashed = ao.count(AuditEventEntity.class, Query.select().where("CASE_ID = ? AND CHAIN_SEQ IS NULL", caseId));
        return verifier.result(headSeq, unhashed);
    }

    /** The newest entries of a case first, from {@code offset}: the log as written, for checking what was audited. */
    public List<AuditEntry> forCase(long caseId, int offset, int limit) {
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                .where("CASE_ID = ?", caseId)
                .order("OCCURRED_AT DESC, ID DESC")
                .offset(offset)
                .limit(limit));
        return Arrays.stream(rows).map(AuditEventStore::toEntry).toList();
    }

    /**
     * One page of a case's log, newest first, kept to {@code query}'s criteria: keyset paging on (OCCURRED_AT, ID),
     * which the (CASE_ID, OCCURRED_AT, ID) index serves, so a page far back costs what the first does. One row more
     * than the page is read, to tell whether another page follows.
     */
    public AuditPage page(long caseId, AuditQuery query) {
        List<String> conditions = new ArrayList<>(List.of("CASE_ID = ?"));
        List<Object> parameters = new ArrayList<>(List.of(caseId));
        addIf(conditions, parameters, "ACTOR_KEY = ?", query.actorKey());
        addIf(conditions, parameters, "CATEGORY = ?", query.category());
        addIf(conditions, parameters, "ACTION = ?", query.action() == null ? null : query.action().name());
        addIf(conditions, parameters, "OCCURRED_AT >= ?", query.from() == null ? null : Date.from(query.from()));
        addIf(conditions, parameters, "OCCURRED_AT < ?", query.until() == null ? null : Date.from(query.until()));
        if (query.after() != null) {
            Date at = Date.from(query.after().at());
            conditions.add("(OCCURRED_AT < ? OR (OCCURRED_AT = ? AND ID < ?))");
            parameters.addAll(List.of(at, at, query.after().id()));
        }
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                .where(String.join(" AND ", conditions), parameters.toArray())
                .order("OCCURRED_AT DESC, ID DESC").limit(query.size() + 1));
        List<AuditEventEntity> shown = Arrays.asList(rows).subList(0, Math.min(rows.length, query.size()));
        AuditCursor next = rows.length <= query.size() ? null : new AuditCursor(
                shown.get(shown.size() - 1).getOccurredAt().toInstant(), shown.get(shown.size() - 1).getID());
        return new AuditPage(shown.stream().map(AuditEventStore::toEntry).toList(), next);
    }

    private static void addIf(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /**
     * Every entry of a case, newest first, handed to {@code each} chunk by chunk. Keyset paging on (OCCURRED_AT, ID):
     * each chunk is one indexed read that starts where the last one ended, so the whole log costs time linear in its
     * size and never sits in memory at once (an OFFSET re-sorts everything before it, every chunk).
     */
    public void eachForCase(long caseId, int chunk, Consumer<AuditEntry> each) {
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, newestFirst(caseId, "CASE_ID = ?", caseId).limit(chunk));
        while (rows.length > 0) {
            Arrays.stream(rows).map(AuditEventStore::toEntry).forEach(each);
            AuditEventEntity last = rows[rows.length - 1];
            rows = rows.length < chunk ? new AuditEventEntity[0] : ao.find(AuditEventEntity.class, newestFirst(caseId,
                    "CASE_ID = ? AND (OCCURRED_AT < ? OR (OCCURRED_AT = ? AND ID < ?))",
                    caseId, last.getOccurredAt(), last.getOccurredAt(), last.getID()).limit(chunk));
        }
    }

    private static Query newestFirst(long caseId, String where, Object... parameters) {
        return Query.select().where(where, parameters).order("OCCURRED_AT DESC, ID DESC");
    }

    private static AuditEntry toEntry(AuditEventEntity row) {
        List<String> fields = row.getFields() == null || row.getFields().isEmpty()
                ? List.of() : List.of(row.getFields().split(","));
        return new AuditEntry(row.getCaseId(), row.getActorKey(), AuditAction.valueOf(row.getAction()),
                row.getCategory(), row.getRecordType(), row.getRecordId(), fields, row.getOccurredAt().toInstant());
    }
}
