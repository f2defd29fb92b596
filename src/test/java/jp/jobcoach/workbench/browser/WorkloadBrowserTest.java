package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The week view on the demo case's schedule and workload page: the worker moves to next week from the keyboard,
 * enters a 30-hour day and is told why it is refused, then 9 hours on Monday with Ctrl+Enter, and the week comes back
 * from the server with the signal that the cap was exceeded, and their typed text kept after a refusal.
 */
public class WorkloadBrowserTest extends BrowserTestSupport {
    private static final String PAGE = "佐藤 花子：スケジュールと業務量";
    private static final String WEEK = ".jobcoach-workload-week";
    private static final String OVER_CAP = ".jobcoach-signal-actual-over-cap";

    @Test
    public void theWorkerEntersActualsAndSeesTheSignalAppear() throws Exception {
        signInAs("sato.hanako");
        open("/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, PAGE).orElseThrow().getId());
        WebElement week = waitFor(driver -> driver.findElement(By.cssSelector(WEEK)));
        assertEquals("two charts: the week and the trend", 2, week.findElements(By.cssSelector("svg")).size());
        assertTrue("this week holds a task past due", !week.findElements(By.cssSelector(".jobcoach-signal-holding-on")).isEmpty());
        screenshot("workload-this-week");

        // next week, from the keyboard
        WebElement next = week.findElement(By.cssSelector("button[data-workload-week]:last-of-type"));
        String title = week.findElement(By.cssSelector("h4")).getText();
        String nextWeek = next.getAttribute("data-workload-week");
        next.sendKeys(Keys.ENTER);
        waitFor(driver -> driver.findElement(By.cssSelector(WEEK)).getAttribute("data-week").endsWith(nextWeek));
        week = browser.findElement(By.cssSelector(WEEK));
        assertTrue("the moved-to week has the focus", week.findElement(By.cssSelector("h4")).equals(browser.switchTo().activeElement()));
        assertTrue(week.findElements(By.cssSelector(OVER_CAP)).isEmpty());

        WebElement actuals = week.findElement(By.cssSelector("form[data-path$='/actuals']"));
        actuals.findElement(By.xpath("./ancestor::details/summary")).click();
        WebElement monday = actuals.findElement(By.cssSelector("input[name='actuals.actualHours.0']"));
        monday.sendKeys("30");
        monday.sendKeys(Keys.ENTER);
        assertTrue("Enter in a one-line field does not send the record", browser.findElements(By.cssSelector(OVER_CAP)).isEmpty());
        monday.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitFor(driver -> "true".equals(driver.findElement(By.cssSelector("input[name='actuals.actualHours.0']"))
                .getAttribute("aria-invalid")));
        String error = browser.findElement(By.cssSelector("form[data-path$='/actuals'] .jobcoach-field-error")).getText();
        assertTrue(error, error.contains("24"));
        assertEquals("the typed text stays", "30",
                browser.findElement(By.cssSelector("input[name='actuals.actualHours.0']")).getAttribute("value"));
        screenshot("workload-refused");

        monday = browser.findElement(By.cssSelector("input[name='actuals.actualHours.0']"));
        monday.clear();
        monday.sendKeys("9");
        monday.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement signal = waitFor(driver -> driver.findElement(By.cssSelector(WEEK + " " + OVER_CAP)));
        assertTrue(signal.getText(), signal.getText().contains("9"));
        assertFalse("the week was saved, not reloaded: still next week",
                browser.findElement(By.cssSelector(WEEK + " h4")).getText().equals(title));
        screenshot("workload-signal-appeared");
    }
}
