package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.view.InterviewsView;
import org.junit.Before;
import org.junit.Test;

public class InterviewsMacroTest extends MacroTestSupport {
    private InterviewsMacro macro;

    @Before
    public void setUp() {
        macro = new InterviewsMacro(support, cases, interviews, time);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    private Stored<RetentionInterview> twoInterviews() {
        actAs(CaseRole.IN_COMPANY_COACH);
        interviews.create(caseId, interview(RETURN));
        return interviews.create(caseId, interview(RETURN.plusDays(14))
                .withRatings(interview(RETURN).ratings().with(ConditionItem.FATIGUE, 2)));
    }

    @Test
    public void coachesSeeTheListNewestFirstTheFormsWithCarryOverAndTheGuide() {
        Stored<RetentionInterview> second = twoInterviews();
        String html = render("display");
        assertTrue("the latest in full, the earlier one as a compact row after it",
                html.indexOf("id=\"jobcoach-interview-" + second.id() + "\"") < html.indexOf("<td>2026-04-01</td>"));
        assertEquals("one record in full", 1, occurrences(html, "<article class=\"jobcoach-interview\""));
        assertTrue("participants by name with role", html.contains("Name of IN_COMPANY_COACH</bdi> (In-company job coach)"));
        assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/interviews\""));
        assertTrue("the edit form comes on demand", html.contains("data-open=\"/cases/" + caseId + "/interviews/" + second.id() + "\""));
        String editor = InterviewsView.renderOpened(views.forViewer(true), caseId, second, cases.get(caseId).team(), true, true);
        assertTrue(editor.contains("data-path=\"/cases/" + caseId + "/interviews/" + second.id() + "\""));
        assertTrue(editor.contains("data-conflict-root=\"value\" data-conflict-version=\"version\""));
        assertTrue("the new form carries the open action over",
                html.contains("name=\"interview.carriedActions.1.id\" value=\"" + second.value().newActions().get(0).id()));
        assertTrue("scale labels", html.contains("3: Quite tired"));
        assertTrue("the guide beside the form", html.contains("jobcoach-prompts jobcoach-controls")
                && html.contains("Ups and downs, or new difficulties") && html.contains("Agree one small next step"));
        assertEquals("one guide in the page", 1, occurrences(html, "jobcoach-prompts jobcoach-controls"));
        assertFalse("and none per editor", editor.contains("jobcoach-prompts"));
        assertTrue("a record form: Enter does not send it, a save shows the record in place",
                html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/interviews\" data-jobcoach-record=\"\"")
                && editor.contains("data-jobcoach-record=\"/cases/" + caseId + "/interviews/" + second.id() + "\""));
        assertTrue("the confirmation names the record saved", editor.contains("data-msg-saved=\"Saved: {0}. The record"));
        assertTrue("trend as inline SVG", html.contains("<svg class=\"jobcoach-chart jobcoach-trend\"") && html.contains("<polyline"));
    }

    @Test
    public void staticOutputHasTheRecordsAndTheTrendButNoFormsOrGuide() {
        twoInterviews();
        for (String output : new String[] {"pdf", "word", "email", "html_export", "feed"}) {
            String html = render(output);
            assertTrue(output, html.contains("jobcoach-static") && html.contains("<svg") && html.contains("眠れない"));
            assertFalse(output, html.contains("<form") || html.contains("jobcoach-prompts") || html.contains("data-jobcoach-rest"));
        }
    }

    @Test
    public void theWorkerSeesAgreedActionsOnlyAndHrNothing() {
        twoInterviews();
        actAs(CaseRole.WORKER);
        String worker = render("display");
        assertTrue(worker.contains("早めに休む"));
        assertFalse("no notes", worker.contains("眠れない"));
        assertFalse("no ratings", worker.contains("<svg") || worker.contains("Quite tired"));
        assertFalse("no forms", worker.contains("<form"));
        actAs(CaseRole.SUPERVISOR);
        String supervisor = render("display");
        assertTrue("work volume", supervisor.contains("8h"));
        assertFalse("no worries", supervisor.contains("眠れない"));
        assertFalse("no health data", supervisor.contains("<svg") || supervisor.contains("Quite tired"));
        actAs(CaseRole.HR);
        assertTrue(render("display").contains("retention interviews hold what the worker and the company said in confidence"));
    }

    /** Without the worker's consent the coach's page has no ratings, no trend, and no fields for the worker's account. */
    @Test
    public void aCoachWithoutTheWorkersConsentGetsNoneOfTheirAccountAndNoFieldsForIt() {
        Stored<RetentionInterview> second = twoInterviews();
        actAs(CaseRole.WORKER);
        var consent = consents.overview(caseId).ledger().active(jp.jobcoach.workspace.domain.consent.ConsentCategory.WORKER_ACCOUNT,
                CaseRole.IN_COMPANY_COACH, TODAY).orElseThrow();
        consents.revoke(caseId, consent.id(), consent.version());

        actAs(CaseRole.IN_COMPANY_COACH);
        String html = render("display");
        assertFalse("no trend", html.contains("<svg"));
        assertFalse("no worries", html.contains("眠れない"));
        assertTrue("the work volume stays", html.contains("8h"));
        assertFalse("no rating inputs", html.contains("interview.ratings"));
        assertFalse(html.contains("interview.notes.worries") || html.contains("interview.notes.workerAccount"));
        assertTrue(html.contains("interview.notes.workStatus"));
        String editor = InterviewsView.renderOpened(views.forViewer(true), caseId, interviews.get(caseId, second.id()),
                cases.get(caseId).team(), true, interviews.showsWorkerAccount(cases.get(caseId)));
        assertFalse(editor.contains("interview.ratings") || editor.contains("interview.notes.worries"));
    }

    /** {@code count} interviews a week apart, oldest first; the newest is returned. */
    private Stored<RetentionInterview> interviews(int count) {
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<RetentionInterview> newest = null;
        for (int i = 0; i < count; i++) {
            newest = interviews.create(caseId, interview(RETURN.plusWeeks(i)));
        }
        return newest;
    }

    private static int occurrences(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    public void theNewestShowInFullTheOlderAsCompactRowsAndEditFormsComeOnDemand() {
        Stored<RetentionInterview> newest = interviews(InterviewsView.IN_FULL + InterviewsMacro.FIRST_PAGE + 2);
        String html = render("display");

        assertEquals("records in full", InterviewsView.IN_FULL, occurrences(html, "<article class=\"jobcoach-interview\""));
        assertEquals("no edit form until one is opened", 0, occurrences(html, "data-method=\"PUT\""));
        assertEquals("one form: the new interview's", 1, occurrences(html, "<form"));
        assertEquals("the older records of the first page, each with a button that opens it",
                InterviewsMacro.FIRST_PAGE - InterviewsView.IN_FULL, occurrences(html, "<button type=\"button\" class=\"aui-button aui-button-link jobcoach-record-open\""));
        for (long id = newest.id(); id > newest.id() - InterviewsView.IN_FULL; id--) {
            assertTrue("each record in full opens its editor on demand",
                    html.contains("jobcoach-record-open\" data-open=\"/cases/" + caseId + "/interviews/" + id + "\">Edit</button>"));
        }
        assertTrue("more, with the cursor after the page", html.contains("class=\"aui-button jobcoach-older-more\" data-cursor=\""
                + RETURN.plusWeeks(InterviewsView.IN_FULL + 2) + "~"));
        assertTrue("the older rows: how many took part, not who",
                html.contains("<td>" + RETURN.plusWeeks(InterviewsView.IN_FULL + 2) + "</td><td>3</td>"));
        assertEquals("one guide, however many records", 1, occurrences(html, "<aside class=\"jobcoach-prompts"));
        assertEquals("notes only in the records in full", InterviewsView.IN_FULL, occurrences(html, "<h5>Worries</h5>"));
    }

    @Test
    public void staticOutputShowsTheOlderRowsWithoutControlsUpToItsCap() {
        interviews(InterviewsMacro.FIRST_PAGE + 5);
        for (String output : new String[] {"pdf", "word", "email", "html_export"}) {
            String html = render(output);
            assertEquals(output, InterviewsView.IN_FULL, occurrences(html, "<article class=\"jobcoach-interview\""));
            assertTrue(output, html.contains("<td>" + RETURN + "</td><td>3</td>"));
            assertFalse(output, html.contains("<button") || html.contains("data-cursor"));
        }
    }

    @Test
    public void theLatestAloneHasNoOlderList() {
        interviews(1);
        assertFalse(render("display").contains("jobcoach-older\""));
        interviews.create(caseId, interview(RETURN.plusWeeks(1)));
        assertTrue(render("display").contains("jobcoach-older\""));
    }

    /**
     * Issue 15: the new actions are rows of their own, each removable, with a button that adds more (the script
     * copies the blank row); the absence reason says when it applies.
     */
    @Test
    public void newActionsAreRowsToAddAndRemoveAndTheAbsenceReasonSaysWhenItApplies() {
        Stored<RetentionInterview> second = twoInterviews();
        String editor = InterviewsView.renderOpened(views.forViewer(true), caseId, second, cases.get(caseId).team(), true, true);
        assertEquals("the agreed action and one blank row", 2, occurrences(editor, "data-jobcoach-item=\"interview.newActions\""));
        assertTrue(editor.contains("<legend>Action 1</legend>") && editor.contains("<legend>Action 2</legend>"));
        assertEquals("each removable", 2, occurrences(editor, "jobcoach-row-remove\">Remove this action</button>"));
        assertTrue("one button adds more, up to the most allowed", editor.contains("jobcoach-row-add\" data-legend=\"Action {0}\" data-max=\""
                + RetentionInterview.MAX_NEW_ACTIONS + "\">Add an action</button>")
                || editor.contains("jobcoach-row-add\" data-max=\"" + RetentionInterview.MAX_NEW_ACTIONS + "\" data-legend=\"Action {0}\">Add an action</button>"));
        assertTrue(editor.contains("Only when the worker did not take part"));
        assertTrue("the keys say how to save", editor.contains("Ctrl+Enter (Cmd+Enter on a Mac) or the button below"));
    }
}
