package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import org.junit.Before;
import org.junit.Test;

/** The week view: bars as inline SVG, signals with reasons, forms by role, static output, HR's summary, the panel. */
public class WorkloadMacroTest extends MacroTestSupport {
    private static final LocalDate WEEK = WorkWeek.weekOf(TODAY);
    private WorkloadMacro macro;

    @Before
    public void setUp() {
        macro = new WorkloadMacro(support, cases, workload);
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, new Accommodation("短時間勤務", "", List.of(), List.of(), List.of(), "",
                new CapacityLimits(6.0, true, null, 4)));
        actAs(CaseRole.SUPERVISOR);
        Stored<WorkWeek> plan = workload.plan(caseId, WEEK, 0, Arrays.asList(6.0, 7.5, 6.0, 6.0, 0.0, 0.0, 0.0),
                List.of(WeekTask.planned("請求書の入力", 4, WEEK.plusDays(1), "SUPERVISOR"),
                        WeekTask.planned("月次の集計", 3, WEEK.plusDays(4), "IN_COMPANY_COACH")), "無理をしない");
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, WEEK, plan.version(), Arrays.asList(6.0, 8.0, null, null, null, null, null),
                Map.of(plan.value().tasks().get(1).id(), TaskOutcome.DONE));
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void theWeekShowsBarsSignalsAndTasks() {
        actAs(CaseRole.SUPERVISOR);
        String html = render("display");
        assertEquals("two charts: the week and the trend", 2, html.split("<svg ", -1).length - 1);
        assertTrue(html.contains("Planned, worked and capacity per day"));
        assertTrue(html.contains("The last 12 weeks"));
        assertTrue("the reason, in words", html.contains(WEEK.plusDays(1) + ": 7.5 h planned, the accommodations allow 6 h."));
        assertTrue(html.contains(WEEK.plusDays(1) + ": 8 h worked, the cap is 6 h a day."));
        assertTrue("holding on names the task", html.contains("<bdi>請求書の入力</bdi>"));
        assertTrue(html.contains("6 h a day · no overtime · 4 days a week"));
        assertTrue("a bar over capacity is red", html.contains("#de350b"));
        assertTrue(html.contains("Name of IN_COMPANY_COACH"));
        assertTrue("the supervisor plans", html.contains("data-path=\"/cases/" + caseId + "/workload/" + WEEK + "/plan\""));
        assertTrue("saved in place", html.contains("data-jobcoach-record=\"/cases/" + caseId + "/workload/" + WEEK + "\""));
        assertFalse("the supervisor does not enter actuals", html.contains("/actuals\""));
        assertTrue(html.contains("/carry-over\""));
        assertTrue("errors land on the day", html.contains("data-field=\"plannedHours[1]\""));
    }

    @Test
    public void theWorkerEntersActualsAndDoesNotPlan() {
        actAs(CaseRole.WORKER);
        String html = render("display");
        assertTrue(html.contains("/actuals\""));
        assertFalse(html.contains("/plan\""));
        assertTrue("the outcome select names the task", html.contains("Outcome of \u2068月次の集計\u2069"));
    }

    @Test
    public void hrSeesHoursAndSignalsWithoutTasks() {
        actAs(CaseRole.HR);
        String html = render("display");
        assertTrue(html.contains("<svg "));
        assertTrue(html.contains("Holding on to tasks"));
        assertFalse("no task title reaches HR", html.contains("請求書の入力") || html.contains("月次の集計"));
        assertFalse("nor the note", html.contains("無理をしない"));
        assertFalse(html.contains("<form"));
    }

    @Test
    public void exportsGetTheChartsWithoutControls() {
        actAs(CaseRole.IN_COMPANY_COACH);
        for (String output : OUTPUT_TYPES) {
            String html = render(output);
            assertControlsOnlyWhereInteractive(output, html);
            assertTrue(output, html.contains("<svg "));
        }
    }

    @Test
    public void japaneseReasons() {
        user.locale = Locale.JAPANESE;
        actAs(CaseRole.WORKER);
        user.locale = Locale.JAPANESE;
        String html = render("display");
        assertTrue(html, html.contains(WEEK.plusDays(1) + "：予定7.5時間、配慮で認められるのは6時間です。"));
        assertTrue(html.contains("業務の抱え込み"));
    }

    @Test
    public void theCasePanelShowsTheSignalsByRole() {
        actAs(CaseRole.SUPERVISOR);
        String panel = renderCasePanel("display");
        assertTrue(panel, panel.contains("Workload signals this week"));
        assertTrue(panel.contains("Planned over capacity"));
        assertTrue(panel.contains("<bdi>請求書の入力</bdi>"));
        actAs(CaseRole.HR);
        String hr = renderCasePanel("display");
        assertTrue(hr.contains("Holding on to tasks"));
        assertFalse(hr.contains("請求書の入力"));
    }

    @Test
    public void aNonMemberGetsTheNeutralBox() {
        user.key = "stranger";
        String html = render("display");
        assertFalse(html.contains("<svg"));
        assertFalse(html.contains("6 h"));
    }
}
