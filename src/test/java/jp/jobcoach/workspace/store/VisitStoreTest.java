package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.List;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import org.junit.Before;
import org.junit.Test;

public class VisitStoreTest extends StoreTestSupport {
    private VisitStore store;

    @Before
    public void setUp() {
        store = new VisitStore(ao);
    }

    @Test
    public void listsVisitsOfACaseNewestFirst() {
        Stored<VisitRecord> early = store.create(1, visit(RETURN));
        Stored<VisitRecord> late = store.create(1, visit(RETURN.plusDays(7)));
        store.create(2, visit(RETURN));

        assertEquals(List.of(late, early), store.page(1, null, 10));
        assertEquals(visit(RETURN), store.find(early.id()).orElseThrow().value());
    }

    @Test
    public void aSingleCoachVisitRoundTrips() {
        VisitRecord alone = new VisitRecord(RETURN, List.of("coach-a"), VisitKind.OJT, null, null, null, null);
        assertEquals(alone, store.find(store.create(1, alone).id()).orElseThrow().value());
    }

    @Test
    public void updatesAndDeletesOnlyAtTheCurrentVersion() {
        Stored<VisitRecord> created = store.create(1, visit(RETURN));
        Stored<VisitRecord> updated = store.update(created.id(), 1, visit(RETURN.plusDays(1)));
        assertEquals(2, updated.version());
        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, visit(RETURN)));
        assertThrows(StaleWriteException.class, () -> store.delete(created.id(), 1));

        store.delete(created.id(), 2);

        assertFalse(store.find(created.id()).isPresent());
    }
}
