package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.ChainCheck;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The audit chain on every database: written in order, found broken where a row was edited or removed. */
public class AuditChainTest extends StoreTestSupport {
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00.250Z");
    private AuditEventStore store;
    private long caseId;

    @Before
    public void openCase() {
        store = new AuditEventStore(ao);
        caseId = new CaseStore(ao).create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
    }

    @After
    public void emptyTables() {
        emptyEveryTable();
    }

    @Test
    public void aChainAsWrittenIsIntactAndStartsAtTheFirstHashedEntry() {
        ao.create(AuditEventEntity.class, new DBParam("CASE_ID", caseId), new DBParam("ACTOR_KEY", "old"),
                new DBParam("ACTION", "READ"), new DBParam("CATEGORY", "HEALTH"), new DBParam("RECORD_TYPE", "health"),
                new DBParam("RECORD_ID", caseId), new DBParam("OCCURRED_AT", java.util.Date.from(T0)));
        appendSome(5);

        ChainCheck check = store.checkChain(caseId, 2);

        assertTrue(check.intact());
        assertEquals(5, check.checked());
        assertEquals(1, check.unhashed());
        assertNull(check.brokenAt());
    }

    @Test
    public void anEditedRowBreaksTheChainAtThatRow() {
        appendSome(5);
        AuditEventEntity third = ao.find(AuditEventEntity.class, Query.select().where("CASE_ID = ? AND CHAIN_SEQ = ?", caseId, 3))[0];
        third.setActorKey("someone-else");
        third.save();

        ChainCheck check = store.checkChain(caseId, 2);

        assertFalse(check.intact());
        assertEquals(Integer.valueOf(3), check.brokenAt());
        assertEquals(2, check.checked());
    }

    @Test
    public void removedRowsBreakTheChainInTheMiddleAndAtTheEnd() {
        appendSome(4);
        ao.deleteWithSQL(AuditEventEntity.class, "CASE_ID = ? AND CHAIN_SEQ = ?", caseId, 2);
        assertEquals(Integer.valueOf(2), store.checkChain(caseId, 10).brokenAt());

        long other = new CaseStore(ao).create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
        store.append(entry(other, T0));
        store.append(entry(other, T0.plusSeconds(1)));
        ao.deleteWithSQL(AuditEventEntity.class, "CASE_ID = ? AND CHAIN_SEQ = ?", other, 2);
        ChainCheck check = store.checkChain(other, 10);
        assertFalse(check.intact());
        assertEquals(Integer.valueOf(2), check.brokenAt());
    }

    /** Two writers on one case at once, each in its own transactions: every entry links to the one before. */
    @Test
    @NonTransactional
    public void concurrentAppendsOnOneCaseMakeOneUnbrokenChain() throws Exception {
        Transactions transactions = new Transactions(ao);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 15; i++) {
                        transactions.inTransaction(() -> {
                            store.append(entry(caseId, T0));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ChainCheck check = store.checkChain(caseId, 7);
        assertTrue("chain after concurrent writes: " + check, check.intact());
        assertEquals(30, check.checked());
    }

    private void appendSome(int count) {
        for (int i = 0; i < count; i++) {
            store.append(entry(caseId, T0.plusSeconds(i)));
        }
    }

    private static AuditEntry entry(long caseId, Instant at) {
        return new AuditEntry(caseId, "coach-a", AuditAction.READ, "HEALTH", "health", caseId, List.of("a", "b"), at);
    }
}
