package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Before;
import org.junit.Test;

public class AccommodationStoreTest extends StoreTestSupport {
    private AccommodationStore store;

    @Before
    public void setUp() {
        store = new AccommodationStore(ao);
    }

    @Test
    public void readsBackWithStepsAndReviews() {
        Stored<Accommodation> created = store.create(4, accommodation());

        assertEquals(created, store.find(created.id()).orElseThrow());
        assertEquals(4, created.caseId());
        assertEquals(List.of(created), store.forCase(4));
        assertEquals(List.of(), store.forCase(5));
    }

    @Test
    public void updatesLiftedStepsAndRaisesTheVersion() {
        Stored<Accommodation> created = store.create(4, accommodation());
        Accommodation lifted = accommodation().liftStep(0, RETURN.plusMonths(1), "oh-1", StoreFixtures.T0).withReviewDone(RETURN.plusMonths(1));

        Stored<Accommodation> updated = store.update(created.id(), 1, lifted);

        assertEquals(2, updated.version());
        assertEquals(lifted, store.find(created.id()).orElseThrow().value());
        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, accommodation()));
    }

    @Test
    public void deletesWithItsStepsOnlyAtTheCurrentVersion() {
        Stored<Accommodation> created = store.create(4, accommodation());
        assertThrows(StaleWriteException.class, () -> store.delete(created.id(), 7));

        store.delete(created.id(), 1);

        assertFalse(store.find(created.id()).isPresent());
        assertEquals(0, ao.count(AccommodationStepEntity.class));
    }
}
