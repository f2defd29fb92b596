package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.CasePageStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The calendar (jobcoach-schedule) on the demo case's schedule page: the month grid moved through with the keyboard,
 * a day's items opened with Enter, the previous month with visits by both coaches of the pair, the list view, who
 * visits when, and a subscription made, its address shown once and fetched by a calendar program.
 */
public class CalendarBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "佐藤 花子";

    private String schedulePage() {
        long home = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, WORKER + "さんの復職支援").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(home).orElseThrow();
        return "/pages/" + workbench().component(CasePageStore.class).pagesOf(caseId).get(CasePageKind.SCHEDULE);
    }

    private String activeDate() {
        return browser.switchTo().activeElement().getAttribute("data-date");
    }

    @Test
    public void theMonthIsMovedThroughWithTheKeysAndADaysItemsOpenWithEnter() throws Exception {
        signInAs("tanaka.naoki");
        open(schedulePage());
        WebElement today = waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-schedule-box td[tabindex='0']")));
        LocalDate day = LocalDate.parse(today.getAttribute("data-date"));
        assertEquals("today is the day in the tab order", LocalDate.now(), day);
        assertEquals("date", today.getAttribute("aria-current"));
        screenshot("calendar-month");

        today.click();
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertEquals(day.plusDays(1).toString(), activeDate());
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        // a week back may be in the month before: the script loads it and keeps the focus on that day
        waitFor(driver -> day.minusDays(7).toString().equals(activeDate()));
        assertEquals("only one day in the tab order", 1,
                browser.findElements(By.cssSelector(".jobcoach-schedule-current td[tabindex='0']")).size());

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement panel = browser.findElement(By.cssSelector(".jobcoach-schedule-day-panel"));
        waitFor(driver -> panel.isDisplayed());
        assertTrue(panel.getText(), panel.getText().contains(day.minusDays(7).toString()));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitFor(driver -> !panel.isDisplayed());
        assertEquals("back on the day", day.minusDays(7).toString(), activeDate());

        // the month before holds visits by both coaches of the pair, and interviews
        open(schedulePage());
        browser.findElement(By.cssSelector(".jobcoach-schedule-previous")).click();
        String previous = day.minusMonths(1).toString().substring(0, 7);
        waitFor(driver -> previous.equals(driver.findElement(By.cssSelector(".jobcoach-schedule-month")).getAttribute("data-month")));
        String grid = browser.findElement(By.cssSelector(".jobcoach-calendar-grid")).getText();
        assertTrue(grid, grid.contains("正のジョブコーチ") && grid.contains("副のジョブコーチ"));
        assertTrue(grid, grid.contains("定着面談"));
        WebElement visit = browser.findElement(By.cssSelector(".jobcoach-calendar-grid .jobcoach-calendar-visit a"));
        assertTrue("a visit links to its record", visit.getAttribute("href").contains("#jobcoach-visit-"));
        screenshot("calendar-previous-month");

        browser.findElement(By.cssSelector(".jobcoach-schedule-show-list")).click();
        WebElement list = browser.findElement(By.cssSelector(".jobcoach-schedule-list-view"));
        waitFor(driver -> list.isDisplayed());
        assertFalse(browser.findElement(By.cssSelector(".jobcoach-schedule-grid-view")).isDisplayed());
        assertTrue(list.getText().contains("正のジョブコーチ"));
        assertEquals("true", browser.findElement(By.cssSelector(".jobcoach-schedule-show-list")).getAttribute("aria-pressed"));
        screenshot("calendar-list");

        String rota = browser.findElement(By.cssSelector(".jobcoach-schedule-rota")).getText();
        assertTrue(rota, rota.contains("訪問の分担") && rota.contains("正 ") && rota.contains("副 "));
    }

    @Test
    public void aSubscriptionIsMadeItsAddressShownOnceAndACalendarProgramFetchesIt() throws Exception {
        signInAs("ito.yumi");
        open(schedulePage());
        WebElement form = waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-schedule-feed-form")));
        form.findElement(By.name("label")).sendKeys("<img src=x onerror=alert(1)>予定");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement address = browser.findElement(By.cssSelector(".jobcoach-feed-url"));
        waitFor(driver -> address.isDisplayed() && address.getAttribute("value").endsWith(".ics"));
        String url = address.getAttribute("value");
        assertTrue(url, url.contains("/plugins/servlet/jobcoach/calendar/"));
        waitFor(driver -> driver.findElements(By.cssSelector(".jobcoach-schedule-feed-list li")).size() == 1);
        String listed = browser.findElement(By.cssSelector(".jobcoach-schedule-feed-list")).getText();
        assertTrue("the feed's name shown as text: " + listed, listed.contains("<img src=x onerror=alert(1)>予定"));
        assertFalse("the list never shows the address", browser.findElement(By.cssSelector(".jobcoach-schedule-feed-list"))
                .getAttribute("innerHTML").contains(".ics"));
        screenshot("calendar-subscription");

        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"));

        open(schedulePage());
        assertTrue("shown once: not on the page again",
                browser.findElement(By.cssSelector(".jobcoach-feed-url")).getAttribute("value").isEmpty());
        browser.findElement(By.cssSelector(".jobcoach-feed-revoke")).click();
        browser.switchTo().alert().accept();
        waitFor(driver -> driver.findElements(By.cssSelector(".jobcoach-schedule-feed-list li")).isEmpty());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
