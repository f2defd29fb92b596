package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.List;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
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
        assertFalse(store.current(1).isPresent());
    }

    @Test
    public void readsBackRevisionsAndAgreements() {
        SupportPlan expected = SupportPlan.draft(planContent("draft"), "counselor", T0)
                .agree("worker-1", CaseRole.WORKER, T0.plusSeconds(10))
                .revise(planContent("revised"), "coach-a", T0.plusSeconds(20))
                .agree("coach-a", CaseRole.CENTER_COACH, T0.plusSeconds(30));
        expected.revisions().forEach(revision -> store.addRevision(1, revision.number() - 1, revision));
        expected.agreements().forEach(agreement -> store.addAgreement(1, agreement));

        assertEquals(expected, store.recent(1, 2).orElseThrow());
        assertFalse(store.current(2).isPresent());
    }

    /**
     * A revision written before the center's goals and the visits per phase existed (its row without those columns)
     * still reads: the goals blank, no visits planned, its phase dates as they were.
     */
    @Test
    public void aRevisionWrittenBeforeTheNewFieldsReadsThemAsEmpty() {
        ao.create(PlanRevisionEntity.class,
                new net.java.ao.DBParam("CASE_ID", 1L), new net.java.ao.DBParam("REVISION", 1),
                new net.java.ao.DBParam("REVISION_KEY", "1:1"), new net.java.ao.DBParam("AUTHOR_KEY", "counselor"),
                new net.java.ao.DBParam("CREATED_AT", java.util.Date.from(T0)),
                new net.java.ao.DBParam("CURRENT_SITUATION", "以前の版"),
                new net.java.ao.DBParam("PHASE_DATES", "INTENSIVE=2026-04-01/2026-05-31\n"));
        SupportPlanContent old = store.current(1).orElseThrow().current().content();
        assertEquals("以前の版", old.currentSituation());
        assertEquals(null, old.centerGoals());
        assertEquals(java.util.Map.of(), old.timeline().visits());
        assertEquals(List.of(jp.jobcoach.workspace.domain.PlanPhase.INTENSIVE), old.timeline().planned());
        assertEquals(List.of(), old.validate());
    }

    @Test
    public void revisionsComeNewestFirstAPageAtATimeAndTheirAgreementsByRange() {
        for (int number = 1; number <= 5; number++) {
            store.addRevision(1, number - 1, new PlanRevision(number, planContent("rev " + number), "a", T0.plusSeconds(number)));
        }
        store.addRevision(2, 0, new PlanRevision(1, planContent("other case"), "a", T0));
        store.addAgreement(1, new Agreement("worker-1", CaseRole.WORKER, T0.plusSeconds(10), 2));
        store.addAgreement(1, new Agreement("worker-1", CaseRole.WORKER, T0.plusSeconds(20), 4));

        assertEquals(List.of(5, 4), store.summaries(1, null, 2).stream().map(PlanRevision.Summary::number).toList());
        assertEquals(List.of(3, 2, 1), store.summaries(1, PlanStore.cursor(4), 9).stream()
                .map(PlanRevision.Summary::number).toList());
        assertEquals(new PlanRevision.Summary(3, "a", T0.plusSeconds(3)), store.summaries(1, PlanStore.cursor(4), 1).get(0));
        assertEquals(List.of(2, 1), store.page(1, PlanStore.cursor(3), 5).stream().map(PlanRevision::number).toList());
        assertEquals(List.of(4, 5), store.recent(1, 2).orElseThrow().revisions().stream().map(PlanRevision::number).toList());
        assertEquals(List.of(2, 5), store.revisions(1, 2, 5).stream().map(PlanRevision::number).toList());
        assertEquals(List.of(4), store.agreements(1, 3, 5).stream().map(Agreement::revision).toList());

        Agreement onPaper = new Agreement("counselor-1", CaseRole.SUPERVISOR, T0.plusSeconds(30), 5,
                new jp.jobcoach.workspace.domain.PaperAgreement(RETURN, jp.jobcoach.workspace.domain.AgreementMethod.SIGNED_BY_POST, "山田 部長"));
        store.addAgreement(1, onPaper);
        assertEquals("paper columns round-trip, an in-product agreement has none", List.of(
                new Agreement("worker-1", CaseRole.WORKER, T0.plusSeconds(20), 4), onPaper), store.agreements(1, 3, 5));
    }

    @Test
    public void aSecondRevisionWithTheSameNumberIsStale() {
        store.addRevision(1, 0, new PlanRevision(1, planContent("one"), "a", T0));
        store.addRevision(2, 0, new PlanRevision(1, planContent("other case"), "a", T0));

        assertThrows(StaleWriteException.class,
                () -> store.addRevision(1, 0, new PlanRevision(1, planContent("two"), "b", T0)));
        assertEquals("one", store.current(1).orElseThrow().current().content().currentSituation());
    }

    @Test
    public void anAgreementToASupersededRevisionIsStale() {
        store.addRevision(1, 0, new PlanRevision(1, planContent("one"), "a", T0));
        store.addRevision(1, 1, new PlanRevision(2, planContent("two"), "a", T0));

        store.requireNewest(1, 2);
        assertThrows(StaleWriteException.class, () -> store.requireNewest(1, 1));
    }
}
