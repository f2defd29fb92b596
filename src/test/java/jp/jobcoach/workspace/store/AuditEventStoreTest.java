package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import org.junit.Before;
import org.junit.Test;

public class AuditEventStoreTest extends StoreTestSupport {
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private AuditEventStore store;

    private long seven;
    private long eight;

    @Before
    public void setUp() {
        store = new AuditEventStore(ao);
        CaseStore cases = new CaseStore(ao);
        seven = cases.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
        eight = cases.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
    }

    @Test
    public void readsBackWhatWasAppendedNewestFirst() {
        store.append(entry(seven, AuditAction.CREATE, T0, List.of()));
        store.append(entry(seven, AuditAction.UPDATE, T0.plusSeconds(60), List.of("observations", "nextSteps")));
        store.append(entry(eight, AuditAction.READ, T0.plusSeconds(120), List.of()));

        List<AuditEntry> log = store.forCase(seven, 0, 10);

        assertEquals(2, log.size());
        assertEquals(AuditAction.UPDATE, log.get(0).action());
        assertEquals(List.of("observations", "nextSteps"), log.get(0).fields());
        assertEquals(T0.plusSeconds(60), log.get(0).occurredAt());
        assertEquals(entry(seven, AuditAction.CREATE, T0, List.of()), log.get(1));
    }

    @Test
    public void pagesThroughALongLog() {
        for (int i = 0; i < 25; i++) {
            store.append(entry(seven, AuditAction.READ, T0.plusSeconds(i), List.of()));
        }
        assertEquals(10, store.forCase(seven, 0, 10).size());
        assertEquals(5, store.forCase(seven, 20, 10).size());
        assertEquals(T0.plusSeconds(4), store.forCase(seven, 20, 10).get(0).occurredAt());
        assertTrue(store.forCase(eight, 0, 10).isEmpty());
    }

    @Test(expected = IllegalStateException.class)
    public void noEntryForACaseThatIsGone() {
        store.append(entry(eight + 1000, AuditAction.READ, T0, List.of()));
    }

    private static AuditEntry entry(long caseId, AuditAction action, Instant at, List<String> fields) {
        return new AuditEntry(caseId, "coach-a", action, "VISITS", "visit", 42, fields, at);
    }
}
