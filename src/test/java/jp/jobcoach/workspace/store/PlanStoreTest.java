package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import org.junit.Before;
import org.junit.Test;

public class PlanStoreTest extends StoreTestSupport {
    private PlanStore store;

    @Before
    public void setUp() {
        store = new PlanStore(ao);
    }

    @Test
    public void aCaseWithoutRevisionHasNoPlan() {
        assertFalse(store.plan(1).isPresent());
    }

    @Test
    public void readsBackRevisionsAndAgreements() {
        SupportPlan expected = SupportPlan.draft(planContent("draft"), "counselor", T0)
                .agree("worker-1", CaseRole.WORKER, T0.plusSeconds(10))
                .revise(planContent("revised"), "coach-a", T0.plusSeconds(20))
                .agree("coach-a", CaseRole.CENTER_COACH, T0.plusSeconds(30));
        expected.revisions().forEach(revision -> store.addRevision(1, revision.number() - 1, revision));
        expected.agreements().forEach(agreement -> store.addAgreement(1, agreement));

        assertEquals(expected, store.plan(1).orElseThrow());
        assertFalse(store.plan(2).isPresent());
    }

    @Test
    public void aSecondRevisionWithTheSameNumberIsStale() {
        store.addRevision(1, 0, new PlanRevision(1, planContent("one"), "a", T0));
        store.addRevision(2, 0, new PlanRevision(1, planContent("other case"), "a", T0));

        assertThrows(StaleWriteException.class,
                () -> store.addRevision(1, 0, new PlanRevision(1, planContent("two"), "b", T0)));
        assertEquals("one", store.plan(1).orElseThrow().current().content().currentSituation());
    }

    @Test
    public void anAgreementToASupersededRevisionIsStale() {
        store.addRevision(1, 0, new PlanRevision(1, planContent("one"), "a", T0));
        store.addRevision(1, 1, new PlanRevision(2, planContent("two"), "a", T0));

        store.requireNewest(1, 2);
        assertThrows(StaleWriteException.class, () -> store.requireNewest(1, 1));
    }
}
