package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.web.view.TaskAnalysisView;
import org.junit.Before;
import org.junit.Test;

public class TaskAnalysisMacroTest extends MacroTestSupport {
    private TaskAnalysisMacro macro;

    @Before
    public void setUp() {
        macro = new TaskAnalysisMacro(support, cases, tasks, time);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    /** An analysis of three steps (the second retired after the first session) and {@code sessions} sessions. */
    private Stored<TaskAnalysis> analysisWithSessions(int sessions) {
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<TaskAnalysis> created = tasks.create(caseId, new TaskAnalysis("日報入力", "17時までに提出", "事務所", "主任", 3,
                AnalysisStatus.ACTIVE, List.of(TaskStep.of("システムを開く"), TaskStep.of("古い手順"), TaskStep.of("送信する"))));
        List<TaskStep> steps = created.value().steps();
        tasks.recordSession(caseId, created.id(), new TaskSession(TODAY, null, null, 30, "初回", List.of(
                new StepObservation(steps.get(0).id(), 2, null, null), new StepObservation(steps.get(1).id(), 1, 2, null),
                new StepObservation(steps.get(2).id(), 4, null, null))));
        Stored<TaskAnalysis> retired = tasks.update(caseId, created.id(), 1, created.value().withSteps(List.of(steps.get(0),
                steps.get(1).retire(), steps.get(2))));
        for (int i = 1; i < sessions; i++) {
            tasks.recordSession(caseId, created.id(), new TaskSession(TODAY, null, null, null, null, List.of(
                    new StepObservation(steps.get(0).id(), i == sessions - 1 ? 3 : 4, null, null),
                    new StepObservation(steps.get(2).id(), 4, null, null))));
        }
        return retired;
    }

    @Test
    public void theGridShowsEachLevelAsTextAndColourWithStreaksRatesAndTheChart() {
        analysisWithSessions(5);
        actAs(CaseRole.COUNSELOR);
        String html = render("display");

        assertTrue(html.contains("日報入力"));
        assertTrue("a level is its number and label, not colour alone", html.contains(
                "<span class=\"jobcoach-ta-score\">4</span> <span class=\"jobcoach-ta-short\">Indep.</span>"));
        assertTrue(html.contains("background:#e3fcef;color:#006644"));
        assertTrue("the rate per session", html.contains(">33%</td>") && html.contains(">50%</td>"));
        assertTrue("the retired step stays with its history", html.contains("古い手順") && html.contains("Retired"));
        assertTrue("the streak of the last step", html.contains("5 in a row"));
        assertTrue("ready to fade", html.contains("Ready to fade"));
        assertTrue("the regression of the first step", html.contains("More help than last time"));
        assertTrue("the chart", html.contains("<svg class=\"jobcoach-chart jobcoach-ta-chart\""));
        assertTrue("a strip per step", html.contains("jobcoach-ta-strip"));
        assertFalse("the counselor views, does not record", html.contains("data-jobcoach-ta=") || html.contains("<form"));
    }

    @Test
    public void coachesGetTheRecordingColumnAndTheForms() {
        Stored<TaskAnalysis> analysis = analysisWithSessions(2);
        actAs(CaseRole.CENTER_COACH);
        String html = render("display");
        String base = "/cases/" + caseId + "/task-analyses/" + analysis.id();

        assertTrue(html.contains("data-jobcoach-ta=\"" + analysis.id() + "\""));
        assertTrue(html.contains("data-sheet-path=\"" + base + "/html\""));
        assertTrue(html.contains("data-path=\"" + base + "/sessions\""));
        // the two steps still taught, in the new column and in each of the two sessions; the retired step in none
        assertEquals(2 + 2 + 2,
                count(html, "jobcoach-ta-cell jobcoach-ta-entry jobcoach-ta-new\"") + count(html, "jobcoach-ta-cell jobcoach-ta-entry\""));
        assertTrue(html.contains("data-method=\"PUT\" data-path=\"" + base + "\""));
        assertTrue("steps keep their ids in the form", html.contains("name=\"analysis.steps.#.id\" value=\""
                + analysis.value().steps().get(0).id() + "\""));
        assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/task-analyses\""));
        org.mockito.Mockito.verify(pageBuilder.assembler().resources(), org.mockito.Mockito.atLeastOnce())
                .requireWebResource(MacroSupport.TASK_ANALYSIS_RESOURCES);
    }

    @Test
    public void staticOutputHasNoControlsAndTheNewestSessionsThatFitA4() {
        analysisWithSessions(TaskAnalysisView.STATIC_SESSIONS + 3);
        actAs(CaseRole.CENTER_COACH);
        for (String outputType : OUTPUT_TYPES) {
            String html = render(outputType);
            assertControlsOnlyWhereInteractive(outputType, html);
            int columns = count(html, "class=\"jobcoach-ta-session\"");
            if (outputType.equals("display") || outputType.equals("preview")) {
                assertEquals(TaskAnalysisView.STATIC_SESSIONS + 3, columns);
            } else {
                assertEquals(outputType, TaskAnalysisView.STATIC_SESSIONS, columns);
                assertTrue(html.contains("3 older sessions are not shown here"));
                assertFalse(html.contains("data-jobcoach-ta="));
                assertTrue("the chart is inline SVG", html.contains("<svg"));
            }
        }
    }

    @Test
    public void rolesThatDoNotSeeTaskAnalysesAndMissingConsentGetNothingOfThem() {
        analysisWithSessions(2);
        for (CaseRole role : List.of(CaseRole.WORKER, CaseRole.SUPERVISOR, CaseRole.HR)) {
            actAs(role);
            String html = render("display");
            assertFalse(role.name(), html.contains("日報入力"));
        }
        user.key = "stranger";
        assertFalse(render("display").contains("日報入力"));
    }

    @Test
    public void rendersInJapanese() {
        analysisWithSessions(2);
        actAs(CaseRole.CENTER_COACH);
        user.locale = Locale.JAPANESE;
        String html = render("display");
        assertTrue(html.contains("自立") && html.contains("手添え") && html.contains("自立率") && html.contains("列を保存"));
    }

    private static int count(String html, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    public void theCasePanelShowsEachActiveAnalysisWithItsLatestRateAndStepsReadyToFade() {
        analysisWithSessions(4);
        actAs(CaseRole.CENTER_COACH);
        String panel = renderCasePanel("display");
        assertTrue(panel, panel.contains("jobcoach-case-tasks") && panel.contains("日報入力"));
        assertTrue(panel.contains("50% (1 of 2 steps independent)"));
        assertTrue(panel.contains("1 steps ready to fade"));
        actAs(CaseRole.HR);
        assertFalse("HR sees no task analysis on the panel", renderCasePanel("display").contains("日報入力"));
    }
}
