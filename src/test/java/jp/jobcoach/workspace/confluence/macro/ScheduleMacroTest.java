package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import jp.jobcoach.workspace.service.CalendarHistory;
import org.junit.Before;
import org.junit.Test;

/** The calendar macro in both languages, for each kind of viewer, and as static output. */
public class ScheduleMacroTest extends MacroTestSupport {
    private ScheduleMacro macro;

    @Before
    public void setUp() {
        macro = scheduleMacro();
        CalendarHistory.addSecondCoach(teamStore, caseId);
        CalendarHistory.populate(ao, caseId, 10);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void theMonthOfTodayAsAGridWithOneDayInTheTabOrderAndTheSameMonthAsAList() {
        actAs(CaseRole.CENTER_COACH);
        String html = render("display");
        assertTrue(html, html.contains("data-month=\"2026-04\"") && html.contains("<h4 class=\"jobcoach-schedule-title\" aria-live=\"polite\">April 2026</h4>"));
        assertEquals("one day is in the tab order: today", 1, html.split("tabindex=\"0\"", -1).length - 1);
        assertTrue(html.contains("data-date=\"2026-04-01\" tabindex=\"0\" aria-label=\"2026-04-01 (Wed): 2 items\" aria-current=\"date\""));
        assertTrue("weeks from Monday", html.indexOf(">Mon</th>") < html.indexOf(">Sun</th>"));
        assertTrue(html.contains("Visit · primary coach · Consultation") && html.contains("Visit · both coaches · Consultation"));
        assertTrue("the list view", html.contains("class=\"jobcoach-calendar-list\"") && html.contains("<h5>2026-04-04 (Sat)</h5>"));
        assertTrue("periods", html.contains("Plan phase · Intensive support"));
        assertTrue("who visits when", html.contains("Who visits when") && html.contains("primary 4, secondary 3, together 3, others 0"));
        assertTrue(html.contains("P → S → P+S → P"));
        assertTrue("the subscription panel", html.contains("jobcoach-schedule-feed-form") && html.contains("You have no subscription yet."));
        assertFalse("no visit notes on the calendar", html.contains("疲労が強い"));
    }

    @Test
    public void inJapanese() {
        actAs(CaseRole.CENTER_COACH);
        user.locale = Locale.JAPANESE;
        String html = render("display");
        assertTrue(html, html.contains(">2026年4月</h4>"));
        assertTrue(html.contains("訪問 · 正のジョブコーチ · 相談"));
        assertTrue(html.contains("訪問の分担") && html.contains("正 4・副 3・同行 3・他 0"));
        assertTrue(html.contains("カレンダーで購読する"));
    }

    @Test
    public void theWorkerSeesNoVisitsAndNoRotaAndTheirOwnFeedsAreListed() {
        actAs(CaseRole.WORKER);
        feedService().create(caseId, FeedNames.INITIALS, "私の予定");
        feedService().create(null, FeedNames.FULL_NAME, "");
        String html = render("display");
        assertFalse(html.contains("jobcoach-calendar-visit"));
        assertFalse(html.contains("Who visits when"));
        assertTrue(html.contains("jobcoach-calendar-interview") && html.contains("jobcoach-calendar-accommodation-step"));
        assertTrue(html, html.contains("私の予定") && html.contains("All my cases") && html.contains("The worker’s full name"));
        actAs(CaseRole.CENTER_COACH);
        assertFalse("someone else's feeds are not listed", render("display").contains("私の予定"));
    }

    @Test
    public void exportsGetTheMonthAndItsListWithoutControls() {
        actAs(CaseRole.CENTER_COACH);
        for (String output : OUTPUT_TYPES) {
            String html = render(output);
            assertControlsOnlyWhereInteractive(output, html);
            assertTrue(output, html.contains("role=\"grid\"") && html.contains("jobcoach-calendar-list"));
        }
        assertFalse(render("pdf").contains("jobcoach-schedule-feed"));
    }

    @Test
    public void aStrangerGetsTheNeutralBox() {
        user.key = "stranger";
        String html = render("display");
        assertFalse(html.contains("role=\"grid\""));
        assertFalse(html.contains(RETURN.toString()));
    }
}
