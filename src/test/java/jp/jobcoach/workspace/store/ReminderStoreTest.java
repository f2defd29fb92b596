package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.Test;

public class ReminderStoreTest extends StoreTestSupport {
    @Test
    public void aKeyIsClaimedOnce() {
        ReminderStore store = new ReminderStore(ao);
        assertTrue(store.claim("k1", 1, T0));
        assertFalse(store.claim("k1", 1, T0));
        assertEquals(Set.of("k1"), store.sent(List.of("k1", "k2")));
    }

    @Test
    public void manyKeysAreAskedForInListsOfAtMostAThousand() {
        ReminderStore store = new ReminderStore(ao);
        store.claim("k2500", 1, T0);
        List<String> keys = IntStream.rangeClosed(1, 2_500).mapToObj(i -> "k" + i).toList();

        assertEquals(List.of(1000, 1000, 500), InLists.sizesWhile(entityManager, () -> store.sent(keys)));
        assertEquals(Set.of("k2500"), store.sent(keys));
        assertEquals(Set.of(), store.sent(List.of()));
    }
}
