package jp.jobcoach.workspace.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.store.StoreFixtures;
import org.junit.Test;

public class CasePageServiceTest extends ServiceTestSupport {
    /** Below the case's root page 1000 (TestPages: 1xxx hangs below 1000). */
    private static final long PLAN_PAGE = ROOT_PAGE + 1;
    private static final long INTERVIEWS_PAGE = ROOT_PAGE + 2;

    @Test
    public void aNewCaseMissesEveryPageAndTheCounselorIsToldWhereAndWhoseTheyAre() {
        actAs(CaseRole.COUNSELOR);
        MissingPages missing = casePages.missing(caseId);
        assertEquals(ROOT_PAGE, missing.parentPageId());
        assertEquals(TestPages.SPACE, missing.spaceKey());
        assertEquals(new CaseNumber(StoreFixtures.YEAR, 1), missing.number());
        assertNull("titled by the number, the worker's name does not leave the server", missing.workerName());
        assertEquals(Arrays.asList(CasePageKind.values()), missing.kinds());
        assertTrue(casePages.pages(caseId).stream().noneMatch(CasePage::exists));
    }

    @Test
    public void aFiledPageIsLinkedAuditedAndNoLongerMissing() {
        actAs(CaseRole.COUNSELOR);
        casePages.file(caseId, CasePageKind.PLAN, PLAN_PAGE);

        CasePage plan = casePages.pages(caseId).get(0);
        assertEquals(CasePageKind.PLAN, plan.kind());
        assertEquals(PLAN_PAGE, plan.link().id());
        assertFalse(casePages.missing(caseId).kinds().contains(CasePageKind.PLAN));
        // newest first: the filing, then the page restrictions it brought in step
        AuditEntry entry = auditStore.forCase(caseId, 0, 2).get(1);
        assertEquals(AuditAction.CREATE, entry.action());
        assertEquals("case-page", entry.recordType());
        assertEquals(PLAN_PAGE, entry.recordId());
    }

    @Test
    public void aDeletedPageIsMissingAgainAndARestrictedOneIsThereButNotLinked() {
        actAs(CaseRole.COUNSELOR);
        casePages.file(caseId, CasePageKind.PLAN, PLAN_PAGE);
        casePages.file(caseId, CasePageKind.INTERVIEWS, INTERVIEWS_PAGE);
        pages.gone.add(PLAN_PAGE);
        pages.hidden.add(INTERVIEWS_PAGE);

        List<CasePage> listed = casePages.pages(caseId);
        assertFalse(listed.get(0).exists());
        assertTrue(listed.get(1).exists());
        assertNull("the viewer may not see its title", listed.get(1).link());
        assertEquals(List.of(CasePageKind.PLAN, CasePageKind.TASK_ANALYSIS, CasePageKind.CONDITION, CasePageKind.SCHEDULE),
                casePages.missing(caseId).kinds());
    }

    @Test
    public void onlyPagesBelowTheCaseHomeThatTheFilerCanViewAreFiled() {
        actAs(CaseRole.COUNSELOR);
        pages.hidden.add(INTERVIEWS_PAGE);
        for (long outside : new long[] {ROOT_PAGE, 2001, INTERVIEWS_PAGE}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> casePages.file(caseId, CasePageKind.PLAN, outside));
            assertEquals("pageId", refused.errors().get(0).field());
            assertEquals(CasePageService.NOT_BELOW_CASE, refused.errors().get(0).messageKey());
        }
        assertTrue("nothing filed", casePages.pages(caseId).stream().noneMatch(CasePage::exists));
        assertTrue("nothing audited", auditStore.forCase(caseId, 0, 10).isEmpty());
    }

    @Test
    public void membersWhoDoNotEditTheCaseSeeThePagesButCannotCreateOrFileThem() {
        for (CaseRole role : List.of(CaseRole.HR, CaseRole.CENTER_COACH, CaseRole.WORKER)) {
            actAs(role);
            assertEquals(CasePageKind.values().length, casePages.pages(caseId).size());
            assertThrows(AccessDeniedException.class, () -> casePages.missing(caseId));
            assertThrows(AccessDeniedException.class, () -> casePages.file(caseId, CasePageKind.PLAN, PLAN_PAGE));
        }
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> casePages.pages(caseId));
        assertThrows(NotFoundException.class, () -> casePages.missing(caseId));
        user.key = null;
        assertThrows(AccessDeniedException.class, () -> casePages.pages(caseId));
    }

    @Test
    public void aCaseWithoutAHomePageCannotHaveItsPagesCreated() {
        actAs(CaseRole.COUNSELOR);
        SupportCase fixture = StoreFixtures.supportCase();
        long homeless = caseStore.create(new SupportCase(fixture.worker(), fixture.department(), fixture.leaveStart(),
                fixture.returnDate(), fixture.supports(), fixture.phase(), null), StoreFixtures.YEAR).id();
        teamStore.add(homeless, TeamMember.of(keyOf(CaseRole.COUNSELOR), CaseRole.COUNSELOR));
        ValidationException refused = assertThrows(ValidationException.class, () -> casePages.missing(homeless));
        assertEquals(CasePageService.NO_HOME_PAGE, refused.errors().get(0).messageKey());
    }
}
