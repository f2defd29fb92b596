package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.List;
import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.TaskAnalysisService;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The in-company coach (渡辺 誠) records a session of 佐藤 花子's 日報入力 in the grid with the keyboard alone, and sees
 * the new column's rate and a new point on the chart; a correction of a session someone saved meanwhile is a conflict
 * that keeps the typed level and shows the saved one.
 */
public class TaskAnalysisBrowserTest extends BrowserTestSupport {
    private static final String COACH = "watanabe.makoto";
    private static final String SHEET = "article.jobcoach-ta[data-jobcoach-ta]";

    private void openTaskAnalysisPage() {
        long page = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：課題分析").orElseThrow().getId();
        signInAs(COACH);
        open("/pages/" + page);
        waitFor(driver -> driver.findElement(By.cssSelector(SHEET)));
    }

    private WebElement firstSheet() {
        return browser.findElements(By.cssSelector(SHEET)).get(0);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    public void aSessionIsRecordedWithTheKeyboardOnlyAndTheRateAndChartChange() throws Exception {
        openTaskAnalysisPage();
        WebElement sheet = firstSheet();
        assertTrue(sheet.getText().contains("日報入力"));
        int columns = sheet.findElements(By.cssSelector("thead th.jobcoach-ta-session")).size();
        int points = sheet.findElements(By.cssSelector("svg.jobcoach-ta-chart circle")).size();
        // Tab reaches the new session's first cell (the script gives it the tab stop); focus it as Tab would
        WebElement first = sheet.findElement(By.cssSelector("tbody td.jobcoach-ta-new.jobcoach-ta-entry[tabindex='0']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", first);

        // 4 for the first two steps (each digit moves down), "-" for the third (not observed), 0 for the fourth,
        // then up with the arrow key to correct the third to 4, and Enter saves the column (the fifth stays not observed)
        keys("4", "4", "-", "0");
        keys(Keys.ARROW_UP, Keys.ARROW_UP, "4");
        assertEquals("3 of the 4 observed", "75%", sheet.findElement(By.cssSelector(".jobcoach-ta-new-rate")).getText().trim());
        keys(Keys.ENTER);

        waitFor(driver -> firstSheet().findElements(By.cssSelector("thead th.jobcoach-ta-session")).size() == columns + 1);
        WebElement saved = firstSheet();
        List<WebElement> rates = saved.findElements(By.cssSelector("tfoot td.jobcoach-ta-rate"));
        // the saved session is the newest stored column, just before the new (empty) one: 3 independent of 4 observed
        assertEquals("75%", rates.get(rates.size() - 2).getText().trim());
        assertEquals(points + 1, saved.findElements(By.cssSelector("svg.jobcoach-ta-chart circle")).size());
        assertTrue(saved.findElement(By.cssSelector(".jobcoach-ta-status")).getText().contains("保存しました"));
        screenshot("task-analysis-recorded");
    }

    @Test
    public void aCorrectionOfASessionSavedMeanwhileKeepsTheTypedLevelAndShowsTheSavedOne() throws Exception {
        openTaskAnalysisPage();
        WebElement sheet = firstSheet();
        long analysisId = Long.parseLong(sheet.getAttribute("data-jobcoach-ta"));
        // the oldest session's first cell: its level was 2
        WebElement cell = sheet.findElement(By.cssSelector("tbody tr:first-child td.jobcoach-ta-entry:not(.jobcoach-ta-new)"));
        someoneElseCorrectsTheOldestSession(analysisId);

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", cell);
        keys("3");
        keys(Keys.ARROW_UP, Keys.ENTER);

        waitFor(driver -> firstSheet().findElement(By.cssSelector(".jobcoach-ta-status")).getText().contains("他の人が保存"));
        WebElement kept = firstSheet().findElement(By.cssSelector("tbody tr:first-child td.jobcoach-ta-entry:not(.jobcoach-ta-new)"));
        assertEquals("3", kept.getAttribute("data-level"));
        WebElement theirs = kept.findElement(By.cssSelector(".jobcoach-ta-theirs"));
        assertTrue(theirs.isDisplayed());
        assertTrue(theirs.getText(), theirs.getText().contains("1"));
        screenshot("task-analysis-conflict");

        // saving again keeps the typed level over theirs
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", kept);
        keys(Keys.ENTER);
        waitFor(driver -> firstSheet().findElement(By.cssSelector(".jobcoach-ta-status")).getText().contains("保存しました"));
        assertEquals("3", firstSheet().findElement(By.cssSelector("tbody tr:first-child td.jobcoach-ta-entry:not(.jobcoach-ta-new)"))
                .getAttribute("data-level"));
    }

    /** The center coach changes the first step of the oldest session to 1 while the page is open. */
    private static void someoneElseCorrectsTheOldestSession(long analysisId) {
        long casePage = DemoCase.page(workbench());
        AuthenticatedUserThreadLocal.set(DemoUsers.byName("tanaka.naoki").orElseThrow());
        try {
            long caseId = workbench().component(CaseService.class).caseOfPage(casePage).orElseThrow();
            TaskAnalysisService tasks = workbench().component(TaskAnalysisService.class);
            Stored<TaskSession> oldest = tasks.sheet(caseId, analysisId).progress().sessions().get(0);
            List<StepObservation> changed = new java.util.ArrayList<>(oldest.value().observations());
            StepObservation first = changed.get(0);
            changed.set(0, new StepObservation(first.stepId(), 1, first.errors(), first.note()));
            TaskSession value = oldest.value();
            tasks.updateSession(caseId, analysisId, oldest.id(), oldest.version(), new TaskSession(value.date(), null, null,
                    value.durationMinutes(), value.note(), changed));
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }
}
