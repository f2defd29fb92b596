package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AuditEventStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.Transactions;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Test;

/**
 * Two coaches save the same interview version at the same moment, each in a real transaction on its own
 * connection: one save wins, the other gets the conflict with the winner's text while keeping its own.
 */
public class InterviewConcurrencyTest extends ServiceTestSupport {

    @Test
    @NonTransactional
    public void twoConcurrentSavesOneWinsTheOtherSeesTheConflictWithBothTexts() throws Exception {
        InterviewService service = realTransactions();
        user.key = keyOf(CaseRole.IN_COMPANY_COACH);
        Stored<RetentionInterview> created = service.create(caseId, interview(RETURN));
        RetentionInterview mine = withWorries(created.value(), "in-company coach's text");
        RetentionInterview theirs = withWorries(created.value(), "center coach's text");

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (RetentionInterview text : List.of(mine, theirs)) {
            results.add(pool.submit((Callable<Object>) () -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    return service.update(caseId, created.id(), 1, text);
                } catch (StaleVersionException conflict) {
                    return conflict;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Stored<?>> won = outcomes.stream().filter(Stored.class::isInstance).<Stored<?>>map(Stored.class::cast).toList();
        List<StaleVersionException> lost = outcomes.stream().filter(StaleVersionException.class::isInstance)
                .map(StaleVersionException.class::cast).toList();
        assertEquals("one save wins: " + outcomes, 1, won.size());
        assertEquals(1, lost.size());
        RetentionInterview winner = (RetentionInterview) won.get(0).value();
        RetentionInterview current = (RetentionInterview) ((Stored<?>) lost.get(0).current()).value();
        assertEquals(2, ((Stored<?>) lost.get(0).current()).version());
        assertEquals("the conflict carries the winner's text", winner.notes().worries(), current.notes().worries());
        RetentionInterview loser = winner.notes().worries().equals(mine.notes().worries()) ? theirs : mine;
        assertTrue("and the loser still holds its own", !loser.notes().worries().equals(current.notes().worries()));
        assertEquals(winner.notes().worries(),
                service.get(caseId, created.id()).value().notes().worries());
    }

    @After
    public void emptyTables() {
        emptyEveryTable();
    }

    private InterviewService realTransactions() {
        Transactions transactions = new Transactions(ao);
        return new InterviewService(guard, new InterviewStore(ao), new AuditLog(new AuditEventStore(ao), time, transactions),
                new Writes(transactions), time);
    }

    private static RetentionInterview withWorries(RetentionInterview value, String worries) {
        InterviewNotes notes = value.notes();
        return value.withNotes(new InterviewNotes(notes.workerAccount(), notes.workStatus(), notes.workVolume(), worries,
                notes.companyObservations()));
    }
}
