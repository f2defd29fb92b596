package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.VisitRecord;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A write from version 1 while another write from version 1 is still open, each in a real transaction on its own
 * connection: both have read the old version, so only the version claim can stop the second from overwriting the
 * first. On every database the second is refused and the first stays.
 */
public class ConcurrentWriteTest extends StoreTestSupport {
    private Transactions transactions;
    private long caseId;

    @Before
    public void openCase() {
        transactions = new Transactions(ao);
        caseId = new CaseStore(ao).create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
    }

    @After
    public void emptyTables() {
        emptyEveryTable();
    }

    @Test
    @NonTransactional
    public void aCase() throws Exception {
        CaseStore store = new CaseStore(ao);
        Throwable second = overlapping(() -> store.update(caseId, 1, inDepartment("first")),
                () -> store.update(caseId, 1, inDepartment("second")));
        assertRefused(second);
        Stored<SupportCase> stored = store.find(caseId).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals("first", stored.value().department());
    }

    @Test
    @NonTransactional
    public void anAccommodationUpdatedAndDeletedAtOnce() throws Exception {
        AccommodationStore store = new AccommodationStore(ao);
        long id = store.create(caseId, StoreFixtures.accommodation()).id();
        Accommodation reviewed = StoreFixtures.accommodation().withReviewDone(RETURN.plusMonths(1));
        assertRefused(overlapping(() -> store.update(id, 1, reviewed), () -> store.delete(id, 1)));
        Stored<Accommodation> stored = store.forCase(caseId).get(0);
        assertEquals(2, stored.version());
        assertEquals(reviewed.reviewsDone(), stored.value().reviewsDone());
    }

    @Test
    @NonTransactional
    public void aVisit() throws Exception {
        VisitStore store = new VisitStore(ao);
        long id = store.create(caseId, StoreFixtures.visit(RETURN)).id();
        assertRefused(overlapping(() -> store.update(id, 1, StoreFixtures.visit(RETURN.plusDays(1))),
                () -> store.update(id, 1, StoreFixtures.visit(RETURN.plusDays(2)))));
        Stored<VisitRecord> stored = store.page(caseId, null, 1).get(0);
        assertEquals(2, stored.version());
        assertEquals(RETURN.plusDays(1), stored.value().date());
    }

    @Test
    @NonTransactional
    public void twoPlanRevisionsFromTheSameRevision() throws Exception {
        PlanStore store = new PlanStore(ao);
        store.addRevision(caseId, 0, new PlanRevision(1, StoreFixtures.planContent("draft"), "a", T0));
        assertRefused(overlapping(
                () -> store.addRevision(caseId, 1, new PlanRevision(2, StoreFixtures.planContent("first"), "a", T0)),
                () -> store.addRevision(caseId, 1, new PlanRevision(2, StoreFixtures.planContent("second"), "b", T0))));
        assertEquals("first", store.current(caseId).orElseThrow().current().content().currentSituation());
    }

    @Test
    @NonTransactional
    public void twoPagesFiledForOneSlot() throws Exception {
        CasePageStore store = new CasePageStore(ao);
        assertRefused(overlapping(() -> store.file(caseId, CasePageKind.PLAN, 2001),
                () -> store.file(caseId, CasePageKind.PLAN, 2002)));
        assertEquals(Long.valueOf(2001), store.pagesOf(caseId).get(CasePageKind.PLAN));
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second} has started in its own; answers
     * what {@code second} threw (null if nothing).
     */
    @Test
    @NonTransactional
    public void twoCasesOpenedAtOnceCannotTakeTheSameNumber() throws Exception {
        CaseStore store = new CaseStore(ao);
        Throwable second = overlapping(() -> store.create(StoreFixtures.supportCase(), 2030),
                () -> store.create(StoreFixtures.supportCase(), 2030));
        if (second != null) {
            // it read before the first committed, so both wanted number 1; the service's retry (Writes.numbering)
            // takes the next one. Had it read later, it took number 2 at once.
            assertRefused(second);
            store.create(StoreFixtures.supportCase(), 2030);
        }
        assertEquals(List.of(1, 2), Arrays.stream(ao.find(SupportCaseEntity.class, Query.select().where("LABEL_YEAR = ?", 2030)))
                .map(SupportCaseEntity::getLabelNumber).sorted().toList());
    }

    private Throwable overlapping(Runnable first, Runnable second) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstDone = pool.submit(() -> transactions.inTransaction(() -> {
                first.run();
                written.countDown();
                return awaited(commit);
            }));
            assertTrue("the first write ran", written.await(30, TimeUnit.SECONDS));
            Future<Throwable> secondDone = pool.submit(() -> {
                try {
                    transactions.inTransaction(() -> {
                        second.run();
                        return null;
                    });
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            });
            // time for the second write to reach the database while the first is open; if it comes later, it reads
            // the new version and is refused all the same, so the outcome does not depend on this pause
            Thread.sleep(300);
            commit.countDown();
            firstDone.get(30, TimeUnit.SECONDS);
            return secondDone.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object awaited(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Throwable second) {
        assertTrue("the second write is refused as stale, not applied: " + second, second instanceof StaleWriteException);
    }

    private static SupportCase inDepartment(String department) {
        SupportCase value = StoreFixtures.supportCase();
        return new SupportCase(value.worker(), department, value.leaveStart(), value.returnDate(), value.supports(),
                value.phase(), value.rootPageId());
    }
}
