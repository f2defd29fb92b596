package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ReminderStoreTest extends StoreTestSupport {
    @Test
    public void aKeyIsClaimedOnce() {
        ReminderStore store = new ReminderStore(ao);
        assertTrue(store.claim("k1", 1, T0));
        assertFalse(store.claim("k1", 1, T0));
        assertEquals(Set.of("k1"), store.sent(List.of("k1", "k2")));
    }
}
