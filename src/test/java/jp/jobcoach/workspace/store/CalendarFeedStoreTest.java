package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.CalendarKind;
import jp.jobcoach.workspace.domain.calendar.FeedLedger;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import org.junit.Before;
import org.junit.Test;

/** Calendar feeds and their ledgers on H2, PostgreSQL and MariaDB. */
public class CalendarFeedStoreTest extends StoreTestSupport {
    private static final Instant AT = StoreFixtures.T0;
    private static final String HASH = "a".repeat(64);
    private CalendarFeedStore store;

    @Before
    public void setUp() {
        store = new CalendarFeedStore(ao);
    }

    private static CalendarFeed feed(String owner, Long caseId, String label) {
        return new CalendarFeed(owner, caseId, FeedNames.FULL_NAME, label, Locale.JAPANESE, AT);
    }

    @Test
    public void keepsEveryColumnAndFindsALiveFeedByItsTokenHashOnly() {
        String label = "予定 " + StoreFixtures.TRICKY + " " + "あ".repeat(60);
        Stored<CalendarFeed> stored = store.create(feed("sato", 7L, label), HASH);
        assertEquals(new Stored<>(stored.id(), 7, 1, feed("sato", 7L, label)), store.byTokenHash(HASH).orElseThrow());
        Stored<CalendarFeed> personal = store.create(feed("sato", null, ""), "b".repeat(64));
        assertEquals(0, personal.caseId());
        assertTrue(store.byTokenHash("b".repeat(64)).orElseThrow().value().isPersonal());
        assertEquals(List.of(stored.id(), personal.id()), store.ofOwner("sato").stream().map(Stored::id).toList());
        assertTrue(store.byTokenHash("c".repeat(64)).isEmpty());
        assertTrue("someone else's feed is not found", store.find(stored.id(), "ito").isEmpty());
        assertThrows("a token hash names one feed", RuntimeException.class, () -> store.create(feed("ito", 8L, ""), HASH));
    }

    @Test
    public void aNewTokenReplacesTheOldAndARevokedFeedIsNeverFoundAgain() {
        Stored<CalendarFeed> stored = store.create(feed("sato", 7L, ""), HASH);
        Stored<CalendarFeed> renewed = store.replaceToken(stored.id(), 1, "d".repeat(64));
        assertEquals(2, renewed.version());
        assertTrue(store.byTokenHash(HASH).isEmpty());
        assertTrue(store.byTokenHash("d".repeat(64)).isPresent());
        assertThrows(StaleWriteException.class, () -> store.revoke(stored.id(), 1, AT));
        store.revoke(stored.id(), 2, AT);
        assertTrue(store.byTokenHash("d".repeat(64)).isEmpty());
        assertTrue(store.ofOwner("sato").isEmpty());
        assertTrue(store.find(stored.id(), "sato").isEmpty());
    }

    @Test
    public void aFetchIsTheDaysFirstOnceADay() {
        long id = store.create(feed("sato", 7L, ""), HASH).id();
        LocalDate day = LocalDate.of(2026, 4, 1);
        assertTrue(store.fetched(id, AT, day));
        assertFalse(store.fetched(id, AT.plusSeconds(60), day));
        assertTrue(store.fetched(id, AT.plusSeconds(86_400), day.plusDays(1)));
    }

    @Test
    public void ledgersAreOneRowPerCaseWrittenAndReadBack() {
        CalendarItem visit = CalendarItem.onDay(CalendarKind.VISIT, 7, LocalDate.of(2026, 4, 1),
                new CalendarItem.RecordRef("visit", 3), "", List.of("ito"), List.of(), null);
        FeedLedger ledger = FeedLedger.empty().reconcile(7, List.of(visit), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).next();
        store.saveLedger(7, ledger, false, AT);
        store.saveLedger(8, FeedLedger.empty(), false, AT);
        Map<Long, FeedLedger> read = store.ledgers(List.of(7L, 8L, 9L));
        assertEquals(ledger.text(), read.get(7L).text());
        assertEquals(0, read.get(8L).size());
        assertFalse(read.containsKey(9L));
        store.saveLedger(8, ledger, true, AT);
        assertEquals(1, store.ledgers(List.of(8L)).get(8L).size());
        assertThrows("one ledger per case", RuntimeException.class, () -> store.saveLedger(7, ledger, false, AT));
    }
}
