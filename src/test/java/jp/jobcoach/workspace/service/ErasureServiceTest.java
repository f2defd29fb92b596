package jp.jobcoach.workspace.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.Retention;
import jp.jobcoach.workspace.domain.Tombstone;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.store.CaseErasure;
import jp.jobcoach.workspace.store.SettingStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.Transactions;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Test;

public class ErasureServiceTest extends ServiceTestSupport {

    @After
    public void emptyTables() {
        emptyEveryTable();
    }

    @Test
    public void occupationalHealthDeletesACaseWithAReasonAndOnlyItsTombstoneIsLeft() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, StoreFixtures.accommodation());

        Tombstone tombstone = erasures.requestDeletion(caseId, "  本人からの削除請求  ");

        assertEquals(new Tombstone(caseId, "OCCUPATIONAL_HEALTH", "本人からの削除請求", NOW), tombstone);
        assertTrue(caseStore.find(caseId).isEmpty());
        assertEquals(0, teamStore.team(caseId).members().size());
        assertThrows(NotFoundException.class, () -> accommodations.list(caseId));
        user.administrator = true;
        assertEquals(List.of(tombstone), erasures.tombstones(10));
        assertThrows("a second request finds nothing", NotFoundException.class,
                () -> erasures.requestDeletion(caseId, "again"));
    }

    @Test
    public void administratorsMayDeleteWithoutBeingOnTheTeam() {
        user.key = "admin";
        user.administrator = true;
        erasures.requestDeletion(caseId, "retention agreed with the worker");
        assertTrue(caseStore.find(caseId).isEmpty());
    }

    @Test
    public void everyOtherRoleIsRefusedAndStrangersAreToldNothing() {
        for (CaseRole role : CaseRole.values()) {
            if (role != CaseRole.OCCUPATIONAL_HEALTH) {
                actAs(role);
                assertThrows(role.name(), AccessDeniedException.class, () -> erasures.requestDeletion(caseId, "reason"));
            }
        }
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> erasures.requestDeletion(caseId, "reason"));
        user.key = null;
        assertThrows(AccessDeniedException.class, () -> erasures.requestDeletion(caseId, "reason"));
        assertTrue(caseStore.find(caseId).isPresent());
    }

    @Test
    public void aReasonIsRequiredAndBounded() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        ValidationException blank = assertThrows(ValidationException.class, () -> erasures.requestDeletion(caseId, " "));
        assertEquals("reason", blank.errors().get(0).field());
        ValidationException missing = assertThrows(ValidationException.class, () -> erasures.requestDeletion(caseId, null));
        assertEquals("reason", missing.errors().get(0).field());
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> erasures.requestDeletion(caseId, "あ".repeat(ErasureService.REASON_MAX + 1)));
        assertEquals(List.of("reason"), tooLong.errors().stream().map(FieldError::field).toList());
        assertTrue(caseStore.find(caseId).isPresent());
    }

    @Test
    public void theRetentionPeriodIsFiveYearsUntilAnAdministratorSetsAnother() {
        assertEquals(Retention.DEFAULT, erasures.retention());
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        assertThrows(AccessDeniedException.class, () -> erasures.setRetention(3));
        user.administrator = true;
        assertEquals(List.of("years"), assertThrows(ValidationException.class, () -> erasures.setRetention(0))
                .errors().stream().map(FieldError::field).toList());
        assertThrows(ValidationException.class, () -> erasures.setRetention(null));
        erasures.setRetention(3);
        erasures.setRetention(2);
        assertEquals(new Retention(2), erasures.retention());
    }

    @Test
    public void theJobDeletesCasesClosedLongerThanTheRetentionPeriodOnce() {
        long expired = closedAgo(Duration.ofDays(5 * 366));
        long recent = closedAgo(Duration.ofDays(5 * 365 - 3));

        assertEquals(1, erasures.eraseExpired());
        assertEquals(0, erasures.eraseExpired());

        assertTrue(caseStore.find(expired).isEmpty());
        assertTrue(caseStore.find(recent).isPresent());
        assertTrue("an open case stays", caseStore.find(caseId).isPresent());
        user.key = "admin";
        user.administrator = true;
        assertEquals(List.of(new Tombstone(expired, Tombstone.RETENTION, "retention:5", NOW)), erasures.tombstones(10));
    }

    /**
     * Two nodes run the job at once (the scheduler runs it on one, but a run that overran and the next one may
     * meet): every expired case is erased once and has one tombstone.
     */
    @Test
    @NonTransactional
    public void twoNodesRunningTheJobAtOnceEraseEachCaseOnce() throws Exception {
        List<Long> expired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expired.add(closedAgo(Duration.ofDays(6 * 366)));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            ErasureService onNode = node();
            runs.add(pool.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return onNode.eraseExpired();
            }));
        }
        int erased = 0;
        for (Future<Integer> run : runs) {
            erased += run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(5, erased);
        expired.forEach(id -> assertFalse(caseStore.find(id).isPresent()));
        user.key = "admin";
        user.administrator = true;
        assertEquals(5, erasures.tombstones(50).size());
        assertEquals(0, node().eraseExpired());
    }

    private ErasureService node() {
        Transactions transactions = new Transactions(ao);
        return new ErasureService(guard, user, new CaseErasure(ao, auditStore), auditStore, new SettingStore(ao),
                new Writes(transactions), time);
    }

    private long closedAgo(Duration ago) {
        long id = caseWithEveryRole().id();
        caseStore.addPhaseChange(id, new PhaseChange(CasePhase.FOLLOW_UP, CasePhase.CLOSED, "COUNSELOR",
                NOW.minus(ago)));
        return id;
    }

}
