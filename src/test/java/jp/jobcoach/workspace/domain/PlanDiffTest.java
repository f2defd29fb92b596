package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PlanDiffTest {

    private static PlanRevision revision(int number, SupportPlanContent content) {
        return new PlanRevision(number, content, "coach-1", Instant.EPOCH);
    }

    @Test
    public void sameContentHasNoChanges() {
        SupportPlanContent content = SupportPlanContentTest.sample();
        assertTrue(PlanDiff.between(revision(1, content), revision(2, content)).isEmpty());
    }

    @Test
    public void listsEachChangedFieldWithOldAndNewValue() {
        SupportPlanContent before = SupportPlanContentTest.sample();
        SupportPlanContent after = SupportPlanContentTest.withWorkerGoals(before, "疲れのサインに気づける。\n週1回振り返る。");
        PlanDiff diff = PlanDiff.between(revision(1, before), revision(2, after));
        assertEquals(1, diff.fromRevision());
        assertEquals(2, diff.toRevision());
        assertEquals(List.of(new PlanDiff.FieldChange("workerGoals", before.workerGoals(), after.workerGoals())),
                diff.changes());
        assertEquals(3, diff.changes().get(0).lines().size());
    }

    @Test
    public void anAddedSupportTypeAndMovedPhaseShow() {
        SupportPlanContent before = SupportPlanContentTest.sample();
        SupportPlanContent after = new SupportPlanContent(before.currentSituation(), before.direction(),
                before.workerGoals(), before.companyGoals(), before.centerGoals(), before.workerIssues(), before.companyIssues(),
                Map.of(SupportType.JOINT, "同上", SupportType.JOB_PERFORMANCE, "作業手順の見直し"),
                before.cooperatingParties(),
                before.timeline().with(PlanPhase.FOLLOW_UP, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31)));
        List<PlanDiff.FieldChange> changes = PlanDiff.between(revision(1, before), revision(2, after)).changes();
        assertEquals(List.of("plannedSupport[JOB_PERFORMANCE]", "plannedSupport[JOINT]", "phases[FOLLOW_UP]"),
                changes.stream().map(PlanDiff.FieldChange::field).toList());
        assertEquals(null, changes.get(0).oldValue());
        assertEquals("jobcoach.field.plannedSupport", changes.get(0).label().i18nKey());
        DomainBundles.assertTranslated(changes.get(2).label().i18nKey());
    }
}
