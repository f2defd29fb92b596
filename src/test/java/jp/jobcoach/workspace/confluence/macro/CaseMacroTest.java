package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Test;

public class CaseMacroTest extends MacroTestSupport {
    @Test
    public void showsTheCaseFoundFromThePageAncestors() {
        actAs(CaseRole.HR);
        user.locale = Locale.JAPANESE;
        String html = renderCasePanel("display");
        assertTrue(html.contains(TypedText.shown(jp.jobcoach.workspace.store.StoreFixtures.TRICKY)));
        assertTrue(html.contains("経理部"));
        assertTrue(html.contains("相談受付"));
        assertTrue("center coach slot 正", html.contains("(正)"));
        assertTrue(html.contains("2026-04-01"));
    }

    /** The worker, and only the worker, finds the links to their own copy on the panel; never in static output. */
    @Test
    public void theWorkerFindsTheirOwnCopyOnThePanel() {
        String copy = "/confluence/rest/jobcoach/1.0/cases/" + caseId + "/my-data";
        actAs(CaseRole.WORKER);
        String html = renderCasePanel("display");
        assertTrue(html, html.contains("href=\"" + copy + "\" download") && html.contains("href=\"" + copy + "/html\""));
        assertFalse(renderCasePanel("pdf").contains(copy));
        for (CaseRole role : CaseRole.values()) {
            if (role != CaseRole.WORKER) {
                actAs(role);
                assertFalse(role.name(), renderCasePanel("display").contains(copy));
            }
        }
    }

    @Test
    public void showsTeamMembersByNameNotByKey() {
        actAs(CaseRole.HR);
        String html = renderCasePanel("display");
        assertTrue(html.contains(TypedText.shown("Name of " + keyOf(CaseRole.CENTER_COACH))));
        assertFalse(html.contains(TypedText.shown(keyOf(CaseRole.CENTER_COACH))));
    }

    @Test
    public void showsDaysSincePhaseHistoryAccommodationsAndTallies() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, new Accommodation("残業なし", null, accommodation().steps(), List.of(TODAY), List.of(), null));
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("状況"));
        cases.movePhase(caseId, 1, CasePhase.PLANNING);
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, visit(TODAY));
        String html = renderCasePanel("display");
        assertTrue(html, html.contains("Days since return") && html.contains("0 days"));
        assertTrue(html.contains("Intake to Planning meeting"));
        assertTrue(html.contains("6h→7h") && html.contains("Review due"));
        assertTrue("inline SVG chart", html.contains("<svg") && html.contains("Intensive support"));
    }

    /** Without a mail server the panel is where reminders show, and it says so; with one it says nothing of mail. */
    @Test
    public void thePanelSaysWhenRemindersAreNotMailed() {
        actAs(CaseRole.CENTER_COACH);
        String notMailed = RestTestSupport.fromBundles(Locale.ENGLISH, "jobcoach.web.case.reminders-not-mailed");
        assertFalse(renderCasePanel("display").contains(notMailed));
        notifier.delivers = false;
        assertTrue(renderCasePanel("display").contains(notMailed));
    }

    @Test
    public void nonMembersAnonymousAndOtherPagesGetTheNeutralBoxWithoutTheWorkersName() {
        for (String key : new String[] {"stranger", null}) {
            user.key = key;
            String html = renderCasePanel("display");
            assertTrue(html.contains("you do not have access"));
            assertFalse(html.contains("野家"));
            assertFalse(html.contains("経理部"));
        }
        actAs(CaseRole.HR);
        pages.hidden.add(ROOT_PAGE);
        assertFalse("without view permission on the case page", renderCasePanel("display").contains("経理部"));
        pages.hidden.clear();
        String withoutCase = caseMacro().execute(Map.of(), "", onPage(5000, "display"));
        assertTrue("a page without a case offers to start one", withoutCase.contains("data-path=\"/cases\""));
        assertFalse(withoutCase.contains("経理部"));
        assertTrue("not in exports", caseMacro().execute(Map.of(), "", onPage(5000, "pdf")).contains("you do not have access"));
        assertTrue(caseMacro().execute(Map.of("case", "x<y"), "", onPage(5000, "display")).contains("you do not have access"));
        assertTrue(caseMacro().execute(Map.of("case", String.valueOf(caseId)), "", onPage(5000, "display")).contains("経理部"));
    }

    @Test
    public void aPageWithoutACaseOffersTheStartFormAskingForTheWorkerAndWhoWillSeeThePages() {
        actAs(CaseRole.COUNSELOR);
        // parameters an old blueprint wrote into the page are not read back into the form
        String html = caseMacro().execute(Map.of("worker", "山田", "department", "物流部"), "", onPage(5000, "display"));
        assertTrue(html, html.contains("data-method=\"POST\" data-path=\"/cases\""));
        assertTrue("this page becomes the root", html.contains("name=\"case.rootPageId\" value=\"5000\""));
        assertTrue(html.contains("name=\"case.worker.displayName\""));
        assertFalse(html.contains("山田") || html.contains("物流部"));
        assertTrue("titles by the case number unless chosen otherwise", html.contains("value=\"CASE_NUMBER\" selected"));
        assertTrue(html.contains("Only the case team will see these pages"));
        assertTrue(html.contains("Condition: only Worker"));
        assertTrue("counselor preselected", html.contains("value=\"COUNSELOR\" selected"));
        assertFalse("only roles that edit cases", html.contains("value=\"HR\""));
        user.key = null;
        assertTrue("anonymous", caseMacro().execute(Map.of(), "", onPage(5000, "display")).contains("you do not have access"));
    }

    @Test
    public void staticOutputHasNoScriptHooks() {
        actAs(CaseRole.COUNSELOR);
        String html = renderCasePanel("pdf");
        assertTrue(html.contains("jobcoach-static"));
        assertFalse(html.contains("data-jobcoach-rest"));
        assertFalse(html.contains("<form"));
        assertEquals(-1, html.indexOf("<button"));
    }

    @Test
    public void showsLastAndNextInterviewAndFlagsAnOverdueOne() {
        actAs(CaseRole.IN_COMPANY_COACH);
        interviews.create(caseId, jp.jobcoach.workspace.store.StoreFixtures.interview(TODAY.minusDays(20)));
        actAs(CaseRole.HR);
        String html = renderCasePanel("display");
        assertTrue(html, html.contains(TODAY.minusDays(20).toString()) && html.contains(TODAY.minusDays(6).toString()));
        assertTrue(html.contains("Overdue by 6 days"));
        actAs(CaseRole.IN_COMPANY_COACH);
        interviews.create(caseId, jp.jobcoach.workspace.store.StoreFixtures.interview(TODAY));
        assertFalse(renderCasePanel("display").contains("Overdue"));
    }

    @Test
    public void listsTheCasePagesAsLinksUnderTheContextPathAndOffersTheCounselorToCreateTheMissingOnes() {
        actAs(CaseRole.COUNSELOR);
        casePages.file(caseId, CasePageKind.PLAN, ROOT_PAGE + 1);
        String html = renderCasePanel("display");
        assertTrue(html, html.contains("<a href=\"/confluence/pages/viewpage.action?pageId=1001\" title=\"Page 1001\">Support plan</a>"));
        assertTrue(html.contains("Retention interviews <span class=\"aui-lozenge aui-lozenge-moved"));
        assertTrue(html.contains("data-jobcoach-pages=\"" + caseId + "\" data-content-api=\"/confluence/rest/api/content\""));
        assertTrue(html.contains("Create the missing pages"));

        assertFalse("no button in an export", renderCasePanel("pdf").contains("data-jobcoach-pages"));
        actAs(CaseRole.HR);
        String hr = renderCasePanel("display");
        assertTrue(hr.contains("Support plan</a>"));
        assertFalse("HR does not edit the case", hr.contains("data-jobcoach-pages"));
    }
}
