package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PaperAgreement;
import org.junit.Before;
import org.junit.Test;

public class PlanMacroTest extends MacroTestSupport {
    private PlanMacro macro;

    @Before
    public void setUp() {
        macro = new PlanMacro(support, cases, plans);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void beforeTheFirstDraftWritersGetAnEmptyForm() {
        actAs(CaseRole.COUNSELOR);
        String html = render("display");
        assertTrue(html.contains("No support plan has been drafted yet."));
        assertTrue(html.contains("data-method=\"PUT\" data-path=\"/cases/" + caseId + "/plan\""));
        assertTrue(html.contains("data-jobcoach-rest=\"/confluence/rest/jobcoach/1.0\""));
        assertTrue("labels are bound to inputs", html.contains("<label for=\"jobcoach-plan-" + caseId + "-plan-currentSituation\">"));
    }

    @Test
    public void showsSectionsPhasesAgreementStatesRevisionsAndDiff() {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("first situation"));
        actAs(CaseRole.WORKER);
        plans.agree(caseId, 1, CaseRole.WORKER);
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 1, planContent("second situation"));
        actAs(CaseRole.CENTER_COACH);
        String html = render("display");
        assertTrue(html.contains("second situation"));
        assertTrue(html.contains("Intensive support") && html.contains("2026-04-01 – 2026-05-01"));
        assertTrue("worker agreed revision 1 only", html.contains("Needs agreement again"));
        assertTrue(html.contains("Not yet agreed"));
        assertTrue(html.contains("Agree to this revision as Center job coach"));
        assertTrue("an agreement is asked first", html.contains("data-confirm=\"Agree to revision 2 of the support plan as Center"
                + " job coach? Your agreement is recorded under your name.\""));
        assertTrue(html.contains("Changes from revision 1 to 2"));
        assertTrue(html.contains("<del class=\"jobcoach-diff-line\"><bdi>first situation</bdi></del>"));
        assertTrue(html.contains("<ins class=\"jobcoach-diff-line\"><bdi>second situation</bdi></ins>"));
    }

    /**
     * An agreement on paper reads as such, apart from one given in the product: who signed, how, on which day, and who
     * recorded it. Only the counselor gets the forms, one per party that may agree on paper and has not.
     */
    @Test
    public void anAgreementOnPaperIsShownApartAndOnlyTheCounselorRecordsOne() {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("situation"));
        String forms = render("display");
        assertTrue(forms.contains("data-path=\"/cases/" + caseId + "/plan/agreements/paper\""));
        assertTrue(forms.contains("Record an agreement given on paper: Worker")
                && forms.contains("Record an agreement given on paper: Company"));
        assertFalse("the center agrees in the product", forms.contains("Record an agreement given on paper: Vocational center"));
        plans.agreeOnPaper(caseId, 1, CaseRole.WORKER,
                new PaperAgreement(TODAY,
                        AgreementMethod.SIGNED_BY_POST, "<b>署名者</b>"));
        actAs(CaseRole.CENTER_COACH);
        plans.agree(caseId, 1, CaseRole.CENTER_COACH);
        String html = render("display");
        assertTrue(html, html.contains("Agreed on paper</span> <bdi>&lt;b&gt;署名者&lt;/b&gt;</bdi> as Worker, signed and returned by post, on "
                + TODAY + " (revision 1) <span class=\"jobcoach-paper-recorded\">— recorded on "));
        assertTrue(html.contains("by <bdi>Name of COUNSELOR</bdi></span>"));
        assertTrue("in the product: the usual lozenge", html.contains("<bdi>Name of CENTER_COACH</bdi>"));
        assertFalse("no Velocity comment leaks into a row", html.contains("##"));
        assertFalse("only the counselor records", html.contains("/plan/agreements/paper"));
    }

    /** The visits planned per phase show beside the phase dates, and a change of them reads in words, not codes. */
    @Test
    public void visitsPerPhaseShowAndTheirChangeReadsInWords() {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("situation"));
        jp.jobcoach.workspace.domain.SupportPlanContent first = planContent("situation");
        plans.revise(caseId, 1, new jp.jobcoach.workspace.domain.SupportPlanContent(first.currentSituation(), first.direction(),
                first.workerGoals(), first.companyGoals(), "引き継ぎを早める", first.workerIssues(), first.companyIssues(),
                first.plannedSupport(), first.cooperatingParties(), first.timeline().withVisits(
                        jp.jobcoach.workspace.domain.PlanPhase.INTENSIVE, jp.jobcoach.workspace.domain.VisitFrequency.perWeek(1))));
        String html = render("display");
        assertTrue(html, html.contains("<td>Transition to natural support</td><td>2026-05-02 – 2026-07-01</td><td>2 visits per month</td>"));
        assertTrue(html.contains("<h5>Planned visits: Intensive support</h5>"));
        assertTrue(html.contains("<del class=\"jobcoach-diff-line\"><bdi>3 visits per week</bdi></del>")
                && html.contains("<ins class=\"jobcoach-diff-line\"><bdi>1 visit per week</bdi></ins>"));
        assertTrue(html.contains("<h5>Goals (center)</h5>"));
        assertTrue("the form has both", html.contains("name=\"plan.centerGoals\"") && html.contains("name=\"plan.timeline.visits.FOLLOW_UP.count\""));
        assertFalse("no raw codes", html.contains("3/WEEK"));
    }

    @Test
    public void theNewestRevisionsShowWhatTheyChangedAndOlderOnesComeAsCompactRowsToOpen() {
        actAs(CaseRole.COUNSELOR);
        for (int basedOn = 0; basedOn < 6; basedOn++) {
            plans.revise(caseId, basedOn, planContent("situation " + (basedOn + 1)));
        }
        String html = render("display");
        assertTrue(html.contains("Changes from revision 5 to 6") && html.contains("Changes from revision 3 to 4"));
        assertFalse("older revisions are not diffed on the page", html.contains("<summary>Changes from revision 2 to 3"));
        assertTrue(html.contains("data-path=\"/cases/" + caseId + "/plan/revisions\""));
        assertTrue(html.contains("data-open=\"/cases/" + caseId + "/plan/revisions/3\""));
        assertTrue(html.contains("aria-label=\"Open: Changes from revision 1 to 2\""));
        assertFalse("the first draft changed nothing to open", html.contains("data-open=\"/cases/" + caseId + "/plan/revisions/1\""));
        assertTrue("every row was on the first page", html.contains("data-cursor=\"\" hidden"));
    }

    /** PDF and Word exports carry the printed plan's structure (PlanPrintView), without any control. */
    @Test
    public void pdfIsThePrintablePlanWithoutControls() {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("first situation"));
        String html = render("pdf");
        assertTrue(html.contains("first situation"));
        int[] order = {html.indexOf("1. The case"), html.indexOf("2. Current situation and direction of support"),
                html.indexOf("3. Goals and issues of each side"), html.indexOf("Goals (center)"), html.indexOf("4. Planned support"),
                html.indexOf("3 visits per week"), html.indexOf("5. Cooperating parties"), html.indexOf("6. Agreement")};
        for (int i = 0; i < order.length; i++) {
            assertTrue("part " + i + " in its place", order[i] > (i == 0 ? 0 : order[i - 1]));
        }
        assertTrue("nobody agreed yet: lines to sign, visible without our styles",
                html.contains("class=\"agreement agreement-blank\"") && html.contains("border-bottom:1px solid"));
        assertTrue("tables Confluence's export styles", html.contains("<table class=\"confluenceTable\">"));
        assertFalse(html.contains("<form"));
        assertFalse(html.contains("<button"));
        assertFalse(html.contains("<details"));
        assertFalse(html.contains("data-jobcoach"));
    }

    @Test
    public void viewersWithoutPlanAccessReadWhyInTheirLanguage() {
        actAs(CaseRole.HR);
        assertTrue(render("display").contains("This part of the case (Support plan) is not shown to your role"));
        assertTrue(render("display").contains("Your role on this case: HR."));
        user.locale = java.util.Locale.JAPANESE;
        String ja = render("display");
        assertTrue(ja, ja.contains("あなたの役割には表示されません") && ja.contains("支援計画は、ご本人、企業のジョブコーチと上司"));
        actAs(CaseRole.SUPERVISOR);
        String html = render("display");
        assertFalse("supervisors view but do not edit", html.contains("<textarea"));
    }
}
