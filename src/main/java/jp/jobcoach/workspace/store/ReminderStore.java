package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The idempotency keys of the reminders already sent. */
@Named
public class ReminderStore {
    private final ActiveObjects ao;

    @Inject
    public ReminderStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Of {@code keys}, those already claimed; one statement per {@link Columns#MAX_IN_LIST} keys. */
    public Set<String> sent(Collection<String> keys) {
        return Columns.chunks(keys).stream()
                .flatMap(chunk -> Arrays.stream(ao.find(SentReminderEntity.class, Query.select()
                        .where("IDEMPOTENCY_KEY IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray()))))
                .map(SentReminderEntity::getIdempotencyKey).collect(Collectors.toSet());
    }

    /**
     * Records {@code key} as sent, before anything is sent: whoever records it first sends it. Call it in a
     * transaction of its own; false when the key was recorded already, by this run or another node's.
     */
    public boolean claim(String key, long caseId, Instant at) {
        if (ao.count(SentReminderEntity.class, "IDEMPOTENCY_KEY = ?", key) > 0) {
            return false;
        }
        try {
            ao.create(SentReminderEntity.class, new DBParam("IDEMPOTENCY_KEY", key), new DBParam("CASE_ID", caseId),
                    new DBParam("SENT_AT", Date.from(at)));
            return true;
        } catch (RuntimeException duplicate) {
            // the unique key refused it: another node claimed it between the count and the insert
            return false;
        }
    }
}
