package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.COUNSELOR;
import static jp.jobcoach.workspace.domain.CaseRole.HR;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.OCCUPATIONAL_HEALTH;
import static jp.jobcoach.workspace.domain.CaseRole.SUPERVISOR;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.port.PageRestrictions.Restriction;
import jp.jobcoach.workspace.store.StoreFixtures;
import org.junit.Before;
import org.junit.Test;

/** The case's pages follow its team: restrictions set with a faked host, kept in step, refused and retried. */
public class CasePageRestrictionsTest extends ServiceTestSupport {
    /** Below the case's root page 1000 (TestPages: 1xxx hangs below 1000), one per kind in order. */
    private static long pageOf(CasePageKind kind) {
        return ROOT_PAGE + 1 + kind.ordinal();
    }

    @Before
    public void fileEveryPage() {
        actAs(COUNSELOR);
        for (CasePageKind kind : CasePageKind.values()) {
            casePages.file(caseId, kind, pageOf(kind));
        }
    }

    private static Set<String> keys(CaseRole... roles) {
        return Arrays.stream(roles).map(CaseRole::name).collect(Collectors.toSet());
    }

    private Restriction on(long pageId) {
        return restrictions.set.get(pageId);
    }

    @Test
    public void theHomePageIsTheTeamsAndEachPageBelowItTheRolesThatSeeItsData() {
        Set<String> everyone = keys(CaseRole.values());
        assertEquals(everyone, on(ROOT_PAGE).viewers());
        assertEquals(everyone, on(ROOT_PAGE).editors());

        Restriction condition = on(pageOf(CasePageKind.CONDITION));
        Set<String> health = keys(WORKER, IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH);
        assertEquals("HEALTH viewers only: no supervisor, no HR", health, condition.viewers());
        assertEquals("HEALTH editors, and the team's editors who see health data", health, condition.editors());

        Restriction tasks = on(pageOf(CasePageKind.TASK_ANALYSIS));
        assertEquals(keys(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH), tasks.viewers());
        assertEquals(keys(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH), tasks.editors());

        Restriction interviews = on(pageOf(CasePageKind.INTERVIEWS));
        assertEquals(keys(WORKER, IN_COMPANY_COACH, SUPERVISOR, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH), interviews.viewers());
        assertEquals("the supervisor views interviews but does not edit them",
                keys(IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH), interviews.editors());
        assertEquals("everyone sees the schedule", everyone, on(pageOf(CasePageKind.SCHEDULE)).viewers());
        assertFalse(on(pageOf(CasePageKind.PLAN)).viewers().contains(HR.name()));
    }

    @Test
    public void everyEditorCanViewAndWhoeverChangesTheTeamCanRestrictEveryPage() {
        for (CasePageKind kind : CasePageKind.values()) {
            Restriction page = on(pageOf(kind));
            assertTrue(kind + ": an editor outside the viewers", page.viewers().containsAll(page.editors()));
            for (CaseRole role : CaseRole.values()) {
                if (RoleMatrix.allows(role, DataCategory.TEAM, Access.EDIT)) {
                    assertTrue(kind + " " + role, page.editors().contains(role.name()));
                }
            }
        }
    }

    @Test
    public void aTeamChangeReachesEveryPageAtOnceAndARemovedMemberLeavesThemAll() {
        actAs(OCCUPATIONAL_HEALTH);
        int before = restrictions.calls;
        teams.add(caseId, TeamMember.of("hr-2", HR));
        assertEquals("one call with every page", before + 1, restrictions.calls);
        assertTrue(on(ROOT_PAGE).viewers().contains("hr-2"));
        assertFalse("HR sees no health data", on(pageOf(CasePageKind.CONDITION)).viewers().contains("hr-2"));
        assertTrue(on(pageOf(CasePageKind.SCHEDULE)).viewers().contains("hr-2"));

        teams.remove(caseId, SUPERVISOR.name());
        for (Restriction page : restrictions.set.values()) {
            assertFalse(page.pageId() + " still lists the supervisor", page.viewers().contains(SUPERVISOR.name()));
        }
        assertFalse(pageRestrictions.status(caseId).pending());
    }

    @Test
    public void aRefusalLeavesTheChangeMarksThePagesPendingAndTheRetryPutsThemRight() {
        actAs(COUNSELOR);
        restrictions.refusing = true;
        Set<String> team = teams.add(caseId, TeamMember.of("oh-2", OCCUPATIONAL_HEALTH)).members().stream()
                .map(TeamMember::userKey).collect(Collectors.toSet());
        assertTrue("the team change stands", team.contains("oh-2"));
        assertTrue(pageRestrictions.status(caseId).pending());
        assertFalse(on(ROOT_PAGE).viewers().contains("oh-2"));

        assertTrue("still refused", pageRestrictions.retry(caseId).pending());
        restrictions.refusing = false;
        CasePageRestrictions.Status retried = pageRestrictions.retry(caseId);
        assertFalse(retried.pending());
        assertTrue(retried.viewers().contains("oh-2"));
        assertTrue(on(pageOf(CasePageKind.CONDITION)).viewers().contains("oh-2"));
    }

    @Test
    public void homeRestrictionsChangedInConfluenceShowAsPendingUntilRetried() {
        restrictions.set.put(ROOT_PAGE, new Restriction(ROOT_PAGE, Set.of(), Set.of()));
        assertTrue(pageRestrictions.status(caseId).pending());
        actAs(CENTER_COACH);
        assertFalse(pageRestrictions.retry(caseId).pending());
    }

    @Test
    public void onlyTheTeamsEditorsRetryAndOnlyMembersAreTold() {
        actAs(HR);
        assertFalse(pageRestrictions.status(caseId).pending());
        assertEquals(EnumSet.of(WORKER, IN_COMPANY_COACH, CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH),
                pageRestrictions.status(caseId).narrower().get(CasePageKind.CONDITION));
        assertFalse("every role sees the schedule", pageRestrictions.status(caseId).narrower().containsKey(CasePageKind.SCHEDULE));
        assertThrows(AccessDeniedException.class, () -> pageRestrictions.retry(caseId));
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> pageRestrictions.status(caseId));
        assertThrows(NotFoundException.class, () -> pageRestrictions.retry(caseId));
    }

    @Test
    public void theConditionPageFollowsTheWorkersConsentAndATeamChangeWithoutConsentStillReachesTheOtherPages() {
        // a case of its own tree (2000; TestPages hangs 2xxx below it) whose worker has consented to nothing yet
        caseId = caseStore.create(StoreFixtures.supportCase().withRootPage(2000), StoreFixtures.YEAR).id();
        for (CaseRole role : CaseRole.values()) {
            teamStore.add(caseId, role == CENTER_COACH ? TeamMember.centerCoach(role.name(), CenterCoachSlot.PRIMARY)
                    : TeamMember.of(role.name(), role));
        }
        long condition = 2100;
        long schedule = 2200;
        actAs(COUNSELOR);
        casePages.file(caseId, CasePageKind.CONDITION, condition);
        casePages.file(caseId, CasePageKind.SCHEDULE, schedule);
        assertEquals("no consent yet: the worker's alone", keys(WORKER), on(condition).viewers());

        actAs(WORKER);
        consents.give(caseId, ConsentCategory.HEALTH, IN_COMPANY_COACH, null);
        assertEquals(keys(WORKER, IN_COMPANY_COACH), on(condition).viewers());
        assertFalse(pageRestrictions.status(caseId).pending());

        actAs(COUNSELOR);
        teams.add(caseId, TeamMember.of("hr-2", HR));
        assertTrue("the counselor, without consent, still restricts the other pages", on(schedule).viewers().contains("hr-2"));
        assertFalse("the condition page's audience did not change, so nothing waits", pageRestrictions.status(caseId).pending());
        teams.add(caseId, TeamMember.of("ic-2", IN_COMPANY_COACH));
        assertTrue(on(schedule).viewers().contains("ic-2"));
        assertFalse("the counselor does not edit the condition page", on(condition).viewers().contains("ic-2"));
        assertTrue(pageRestrictions.status(caseId).pending());

        actAs(WORKER);
        assertFalse("the worker, who edits the condition page, sets it", pageRestrictions.retry(caseId).pending());
        assertTrue(on(condition).viewers().contains("ic-2"));

        Stored<Consent> given = consentStore.ledger(caseId).active(ConsentCategory.HEALTH, IN_COMPANY_COACH, TODAY).orElseThrow();
        consents.revoke(caseId, given.id(), given.version());
        assertEquals("revoked: the worker's alone again, at once", keys(WORKER), on(condition).viewers());
    }

    @Test
    public void openingACaseRestrictsItsHomePageToTheCreatorAndACaseWithoutPagesHasNothingToRestrict() {
        actAs(COUNSELOR);
        Stored<SupportCase> opened = cases.create(StoreFixtures.supportCase().withRootPage(5000), COUNSELOR);
        assertEquals(Set.of(COUNSELOR.name()), on(5000).viewers());
        assertFalse(pageRestrictions.status(opened.id()).pending());

        int before = restrictions.calls;
        Stored<SupportCase> homeless = cases.create(new SupportCase(StoreFixtures.supportCase().worker(), null, null, null,
                java.util.List.of(), null, null), COUNSELOR);
        assertEquals(before, restrictions.calls);
        assertFalse(pageRestrictions.status(homeless.id()).pending());
    }
}
