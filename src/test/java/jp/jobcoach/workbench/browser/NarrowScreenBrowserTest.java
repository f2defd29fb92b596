package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 §11 on a phone's width (390 px): the audit log's and the interviews' tables keep each date on one line and
 * scroll sideways instead of squeezing their columns, the first column staying in view.
 */
public class NarrowScreenBrowserTest extends BrowserTestSupport {
    /** How many lines a cell's text takes: the distinct tops of its line boxes. */
    private static final String LINES = "var range = document.createRange(); range.selectNodeContents(arguments[0]);"
            + " return new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); })).size;";

    @Test
    public void theAuditLogKeepsItsTimesOnOneLineAndScrolls() throws Exception {
        signInAs("nakamura.megumi");
        onAPhone();
        open(page("佐藤 花子さんの監査ログ"));
        assertDatesOnOneLine(".jobcoach-audit .jobcoach-table");
        screenshot("audit-390px");
    }

    @Test
    public void theInterviewListKeepsItsDatesOnOneLine() throws Exception {
        signInAs("tanaka.naoki");
        onAPhone();
        open(page("鈴木 健太：定着面談"));
        assertDatesOnOneLine(".jobcoach-interviews .jobcoach-table");
        screenshot("interviews-390px");
    }

    private void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void assertDatesOnOneLine(String table) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertTrue("the window is a phone's", ((Number) script.executeScript("return window.innerWidth;")).intValue() <= 400);
        WebElement shown = browser.findElement(By.cssSelector(table));
        List<WebElement> firstCells = shown.findElements(By.cssSelector("tbody tr td:first-child"));
        assertTrue("the demo has rows", !firstCells.isEmpty());
        for (WebElement cell : firstCells) {
            assertEquals(cell.getText(), 1L, ((Number) script.executeScript(LINES, cell)).longValue());
        }
        assertEquals("a table wider than the screen scrolls sideways rather than squeezing its columns", "auto",
                script.executeScript("return getComputedStyle(arguments[0]).overflowX;", shown));
        assertTrue("and stays within the screen", ((Number) script.executeScript(
                "return arguments[0].getBoundingClientRect().right;", shown)).doubleValue() <= 400);
        assertEquals("sticky", script.executeScript("return getComputedStyle(arguments[0]).position;", firstCells.get(0)));
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }
}
