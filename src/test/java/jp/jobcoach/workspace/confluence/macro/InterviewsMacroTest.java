package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;
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
        assertTrue(html.indexOf(">2026-04-15</a>") < html.indexOf(">2026-04-01</a>"));
        assertTrue("participants by name with role", html.contains("Name of IN_COMPANY_COACH</bdi> (In-company job coach)"));
        assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/interviews\""));
        assertTrue(html.contains("data-path=\"/cases/" + caseId + "/interviews/" + second.id() + "\""));
        assertTrue(html.contains("data-conflict-root=\"value\" data-conflict-version=\"version\""));
        assertTrue("the new form carries the open action over",
                html.contains("name=\"interview.carriedActions.1.id\" value=\"" + second.value().newActions().get(0).id()));
        assertTrue("scale labels", html.contains("3: Quite tired"));
        assertTrue("the guide beside the form", html.contains("jobcoach-prompts jobcoach-controls")
                && html.contains("Ups and downs, or new difficulties") && html.contains("Agree one small next step"));
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
        assertTrue("notes", supervisor.contains("眠れない"));
        assertFalse("no health data", supervisor.contains("<svg") || supervisor.contains("Quite tired"));
        actAs(CaseRole.HR);
        assertTrue(render("display").contains("you do not have access"));
    }
}
