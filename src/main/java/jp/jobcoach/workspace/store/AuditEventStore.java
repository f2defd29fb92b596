package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Appends to and reads the audit log. Entries are never updated or deleted one by one. */
@Named
public class AuditEventStore {
    private final ActiveObjects ao;

    @Inject
    public AuditEventStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public void append(AuditEntry entry) {
        ao.create(AuditEventEntity.class,
                new DBParam("CASE_ID", entry.caseId()),
                new DBParam("ACTOR_KEY", entry.actorKey()),
                new DBParam("ACTION", entry.action().name()),
                new DBParam("CATEGORY", entry.category()),
                new DBParam("RECORD_TYPE", entry.recordType()),
                new DBParam("RECORD_ID", entry.recordId()),
                new DBParam("FIELDS", String.join(",", entry.fields())),
                new DBParam("OCCURRED_AT", Date.from(entry.occurredAt())));
    }

    /** The newest entries of a case first, one page at a time. */
    public List<AuditEntry> forCase(long caseId, int offset, int limit) {
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                .where("CASE_ID = ?", caseId)
                .order("OCCURRED_AT DESC, ID DESC")
                .offset(offset)
                .limit(limit));
        return Arrays.stream(rows).map(AuditEventStore::toEntry).toList();
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
