package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.CaseRole.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SupportPlanTest {

    private static final Instant T0 = Instant.parse("2025-03-20T01:00:00Z");

    private static SupportPlan draft() {
        return SupportPlan.draft(SupportPlanContentTest.sample(), "counselor-1", T0);
    }

    private static SupportPlan agreedByAll(SupportPlan plan) {
        return plan.agree("worker-1", WORKER, T0).agree("boss-1", SUPERVISOR, T0).agree("coach-1", CENTER_COACH, T0);
    }

    @Test
    public void aDraftIsRevisionOneAndNotYetAgreed() {
        SupportPlan plan = draft();
        assertEquals(1, plan.current().number());
        assertFalse(plan.isAgreed());
        assertEquals(EnumSet.allOf(AgreementParty.class), plan.missingParties());
    }

    @Test
    public void agreedWhenWorkerCompanyAndCenterAgreed() {
        SupportPlan plan = draft().agree("worker-1", WORKER, T0).agree("coach-1", CENTER_COACH, T0);
        assertEquals(EnumSet.of(AgreementParty.COMPANY), plan.missingParties());
        assertTrue(plan.agree("jc-1", IN_COMPANY_COACH, T0).isAgreed());
        assertTrue(agreedByAll(draft()).isAgreed());
    }

    @Test
    public void otherRolesDoNotStandInForARequiredParty() {
        SupportPlan plan = draft().agree("hr-1", HR, T0).agree("counselor-1", COUNSELOR, T0)
                .agree("doctor-1", OCCUPATIONAL_HEALTH, T0);
        assertEquals(EnumSet.allOf(AgreementParty.class), plan.missingParties());
    }

    @Test
    public void aNewRevisionNeedsAgreeingAgain() {
        SupportPlan agreed = agreedByAll(draft());
        SupportPlan revised = agreed.revise(
                SupportPlanContentTest.withWorkerGoals(SupportPlanContentTest.sample(), "7時間勤務に慣れる"),
                "coach-1", T0.plusSeconds(60));
        assertEquals(2, revised.current().number());
        assertFalse(revised.isAgreed());
        assertEquals(List.of(), revised.currentAgreements());
        assertEquals("earlier agreements stay in the history", 3, revised.agreements().size());
        assertTrue(agreedByAll(revised).isAgreed());
    }

    @Test
    public void agreementsNameTheRevision() {
        SupportPlan plan = draft().revise(SupportPlanContentTest.sample(), "coach-1", T0).agree("worker-1", WORKER, T0);
        assertEquals(List.of(new Agreement("worker-1", WORKER, T0, 2)), plan.currentAgreements());
    }

    @Test
    public void agreeingTwiceChangesNothing() {
        SupportPlan once = draft().agree("worker-1", WORKER, T0);
        assertSame(once, once.agree("worker-1", WORKER, T0.plusSeconds(5)));
    }

    @Test
    public void everyRevisionIsKeptAndComparable() {
        SupportPlan plan = draft().revise(
                SupportPlanContentTest.withWorkerGoals(SupportPlanContentTest.sample(), "新しい目標"), "coach-1", T0);
        assertEquals(Optional.of(draft().current()), plan.revision(1));
        assertEquals(List.of("workerGoals"),
                plan.diff(1, 2).changes().stream().map(PlanDiff.FieldChange::field).toList());
    }

    @Test(expected = IllegalArgumentException.class)
    public void diffOfAMissingRevisionIsABug() {
        draft().diff(1, 5);
    }

    @Test
    public void partiesWhoAgreedAnEarlierRevisionMustAgreeAgain() {
        SupportPlan revised = draft().agree("worker-1", WORKER, T0).agree("coach-1", CENTER_COACH, T0)
                .revise(SupportPlanContentTest.sample(), "coach-1", T0);
        assertEquals(EnumSet.of(AgreementParty.WORKER, AgreementParty.CENTER), revised.partiesToAgreeAgain());
        assertEquals(EnumSet.of(AgreementParty.CENTER),
                revised.agree("worker-1", WORKER, T0).partiesToAgreeAgain());
        assertTrue("nobody agreed yet: nothing to agree again", draft().partiesToAgreeAgain().isEmpty());
    }
}
