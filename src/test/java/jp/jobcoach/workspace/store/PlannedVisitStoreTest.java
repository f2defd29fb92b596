package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.TRICKY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import org.junit.Before;
import org.junit.Test;

/** Planned visits and the visits' hand-over on each database (H2, PostgreSQL, MariaDB: the DatabaseTest group). */
public class PlannedVisitStoreTest extends StoreTestSupport {
    private PlannedVisitStore store;

    @Before
    public void setUp() {
        store = new PlannedVisitStore(ao);
    }

    @Test
    public void readsByCaseAndDateRangeEarliestFirstWithTheNoteAsTyped() {
        Stored<PlannedVisit> late = store.create(1, new PlannedVisit(RETURN.plusDays(14), "coach-b", TRICKY));
        Stored<PlannedVisit> early = store.create(1, new PlannedVisit(RETURN.plusDays(7), "coach-a", null));
        store.create(1, new PlannedVisit(RETURN.plusDays(40), "coach-a", null));
        store.create(2, new PlannedVisit(RETURN.plusDays(7), "coach-a", null));

        assertEquals(List.of(early, late), store.within(1, new DateRange(RETURN.plusDays(7), RETURN.plusDays(14)), 10));
        assertEquals(List.of(early), store.within(1, new DateRange(RETURN, RETURN.plusDays(30)), 1));
        assertEquals(3, store.from(1, RETURN, 10).size());
        assertEquals(TRICKY, store.find(late.id()).orElseThrow().value().note());
    }

    @Test
    public void allOfACaseAreReadAChunkAtATimeInDayThenIdOrder() {
        Stored<PlannedVisit> second = store.create(1, new PlannedVisit(RETURN.plusDays(7), "coach-a", null));
        Stored<PlannedVisit> third = store.create(1, new PlannedVisit(RETURN.plusDays(7), "coach-b", null));
        Stored<PlannedVisit> first = store.create(1, new PlannedVisit(RETURN, "coach-b", null));
        store.create(2, new PlannedVisit(RETURN, "coach-b", null));

        assertEquals(List.of(first, second), store.page(1, null, 2));
        assertEquals(List.of(third), store.page(1, second, 2));
        assertEquals(List.of(), store.page(1, third, 2));
    }

    @Test
    public void aStaleChangeOrCancelIsRefusedAndChangesNothing() {
        Stored<PlannedVisit> created = store.create(1, new PlannedVisit(RETURN.plusDays(7), "coach-a", "面談"));
        Stored<PlannedVisit> moved = store.update(created.id(), 1, new PlannedVisit(RETURN.plusDays(8), "coach-b", "面談"));
        assertEquals(2, moved.version());

        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, new PlannedVisit(RETURN, "coach-a", null)));
        assertThrows(StaleWriteException.class, () -> store.delete(created.id(), 1));
        assertEquals(moved, store.find(created.id()).orElseThrow());
        store.delete(created.id(), 2);
        assertTrue(store.find(created.id()).isEmpty());
    }

    @Test
    public void aVisitsHandOverIsItsOwnColumnAndTheNewestOneIsReadAlone() {
        VisitStore visits = new VisitStore(ao);
        VisitRecord withHandOver = new VisitRecord(RETURN, List.of("coach-a"), VisitKind.CONSULTATION, null, null, null,
                null, TRICKY);
        Stored<VisitRecord> handing = visits.create(1, withHandOver);
        // a blank hand-over is none: the newest hand-over stays the one before it
        visits.create(1, new VisitRecord(RETURN.plusDays(7), List.of("coach-b"), VisitKind.CONSULTATION, null, null, null,
                null, " "));
        // an older row, as visits recorded before the column were
        visits.create(1, new VisitRecord(RETURN.minusDays(7), List.of("coach-b"), VisitKind.CONSULTATION, null, null, null, null));

        assertEquals(withHandOver, visits.find(handing.id()).orElseThrow().value());
        assertEquals(handing, visits.latestHandOver(1).orElseThrow());
        assertTrue(visits.latestHandOver(2).isEmpty());
        assertEquals(RETURN.plusDays(7), visits.latestOf(1, "coach-b").orElseThrow().value().date());
        assertEquals(RETURN, visits.latestOf(1, "coach-a").orElseThrow().value().date());
        assertEquals(List.of(RETURN, RETURN.plusDays(7)), visits.daysWithin(1, new DateRange(RETURN, RETURN.plusDays(7)))
                .stream().sorted().toList());
    }
}
