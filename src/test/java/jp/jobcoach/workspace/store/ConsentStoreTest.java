package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import org.junit.Before;
import org.junit.Test;

public class ConsentStoreTest extends StoreTestSupport {
    private static final Instant GIVEN = StoreFixtures.T0;
    private static final LocalDate PAPER = LocalDate.of(2026, 3, 2);
    private static final LocalDate UNTIL = LocalDate.of(2026, 9, 30);

    private ConsentStore store;

    @Before
    public void setUp() {
        store = new ConsentStore(ao);
    }

    @Test
    public void keepsEveryColumnAsWrittenAndReadsTheLedgerOfOneCaseOldestFirst() {
        Consent paper = Consent.onPaper(ConsentCategory.HEALTH, CaseRole.OCCUPATIONAL_HEALTH, PAPER, GIVEN, "kato", UNTIL);
        Stored<Consent> first = store.create(1, paper, 0);
        Stored<Consent> second = store.create(1, Consent.inProduct(ConsentCategory.WORKER_ACCOUNT, CaseRole.CENTER_COACH,
                GIVEN.plusSeconds(5), "sato", null), 0);
        store.create(2, Consent.inProduct(ConsentCategory.TASK_ANALYSIS, CaseRole.COUNSELOR, GIVEN, "other", null), 0);

        List<Stored<Consent>> ledger = store.ledger(1).consents();
        assertEquals(List.of(first, second), ledger);
        assertEquals(paper, ledger.get(0).value());
        assertEquals(ConsentMeans.IN_PRODUCT, ledger.get(1).value().means());
        assertNull(ledger.get(1).value().paperDate());
        assertNull(ledger.get(1).value().validUntil());
        assertEquals(first, store.find(first.id()).orElseThrow());
        assertTrue(store.find(999_999).isEmpty());
        assertTrue(store.ledger(3).consents().isEmpty());
    }

    @Test
    public void aRevocationIsWrittenOntoTheRecordWithTheNextVersionAndAStaleOneIsRefused() {
        Stored<Consent> given = store.create(1, Consent.inProduct(ConsentCategory.HEALTH, CaseRole.CENTER_COACH, GIVEN,
                "sato", null), 0);
        Stored<Consent> revoked = store.revoke(given.id(), 1, GIVEN.plusSeconds(60), "sato");

        assertEquals(2, revoked.version());
        assertEquals(given.value().revoked(GIVEN.plusSeconds(60), "sato"), revoked.value());
        assertEquals(revoked, store.ledger(1).consents().get(0));
        assertThrows(StaleWriteException.class, () -> store.revoke(given.id(), 1, GIVEN.plusSeconds(90), "kato"));
    }

    @Test
    public void ofTwoGrantsForOnePairCountedFromTheSameLedgerOnlyOneIsWritten() {
        Consent consent = Consent.inProduct(ConsentCategory.HEALTH, CaseRole.CENTER_COACH, GIVEN, "sato", null);
        store.create(1, consent, 0);
        // another category or role, or another case, is another pair
        store.create(1, Consent.inProduct(ConsentCategory.HEALTH, CaseRole.COUNSELOR, GIVEN, "sato", null), 0);
        store.create(2, consent, 0);
        assertThrows(StaleWriteException.class, () -> store.create(1, consent, 0));
    }
}
