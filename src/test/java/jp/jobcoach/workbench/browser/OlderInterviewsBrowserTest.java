package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.web.view.InterviewsView;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12: a long history of interviews shows the newest in full and the older ones as compact rows; "more"
 * appends the next page as the server rendered it, and an older interview opens with its editor, the only one in
 * the page, from the keyboard.
 */
public class OlderInterviewsBrowserTest extends BrowserTestSupport {
    private static final String OLDER_ROWS = ".jobcoach-interviews .jobcoach-older tbody tr";
    private static final String EDIT_FORMS = ".jobcoach-interviews form[data-method='PUT']";

    @Test
    public void moreAppendsOlderRowsAndAnOlderInterviewOpensWithTheOneEditor() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        var pages = workbench().host().pages();
        long interviewsPage = pages.pageByTitle(DemoSeeder.SPACE_KEY, "鈴木 健太：定着面談").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(interviewsPage).orElseThrow();
        // interviews long ago, more than two pages' worth whatever the demo holds
        for (int week = 0; week < 2 * PageRequest.DEFAULT_SIZE + 5; week++) {
            workbench().component(InterviewStore.class).create(caseId,
                    StoreFixtures.interview(LocalDate.of(2019, 1, 7).plusWeeks(week)), "wbkey-watanabe.makoto", Instant.now());
        }

        signInAs("watanabe.makoto");
        open("/pages/" + interviewsPage);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(OLDER_ROWS)));
        int firstPage = browser.findElements(By.cssSelector(OLDER_ROWS)).size();
        assertEquals(PageRequest.DEFAULT_SIZE - InterviewsView.IN_FULL, firstPage);
        assertEquals("no edit form before one is chosen", 0, browser.findElements(By.cssSelector(EDIT_FORMS)).size());

        browser.findElement(By.cssSelector(".jobcoach-older-more")).click();
        waitFor(driver -> driver.findElements(By.cssSelector(OLDER_ROWS)).size() > firstPage);
        assertEquals(firstPage + PageRequest.DEFAULT_SIZE, browser.findElements(By.cssSelector(OLDER_ROWS)).size());
        assertEquals("", browser.findElement(By.cssSelector(".jobcoach-older-status")).getText());

        // an older interview, opened from the keyboard: its record and its editor below the rows, focused
        browser.findElement(By.cssSelector("[data-new-record] summary")).click();
        WebElement open = browser.findElement(By.cssSelector(OLDER_ROWS + ":last-child .jobcoach-record-open"));
        open.sendKeys(Keys.ENTER);
        WebElement opened = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".jobcoach-opened article.jobcoach-interview")));
        assertEquals(opened.findElement(By.tagName("h4")), browser.switchTo().activeElement());
        assertEquals(1, browser.findElements(By.cssSelector(EDIT_FORMS)).size());
        assertEquals("one guide, beside whichever editor is open", 1, browser.findElements(By.cssSelector(".jobcoach-prompts")).size());
        assertEquals("the new interview's form folds up", null,
                browser.findElement(By.cssSelector("[data-new-record] details")).getAttribute("open"));
        WebElement form = opened.findElement(By.cssSelector("form[data-method='PUT']"));
        assertTrue(form.getAttribute("data-conflict-root").equals("value") && form.getAttribute("data-path")
                .startsWith("/cases/" + caseId + "/interviews/"));
        screenshot("older-interview-opened");

        // editing the newest instead: its editor replaces its record in place, and the other editor goes
        WebElement edit = browser.findElement(By.cssSelector(".jobcoach-interviews section > article.jobcoach-interview .jobcoach-record-open"));
        String newestId = browser.findElement(By.cssSelector(".jobcoach-interviews section > article.jobcoach-interview")).getAttribute("id");
        edit.click();
        waitFor(driver -> driver.findElements(By.cssSelector("#" + newestId + " form[data-method='PUT']")).size() == 1);
        assertEquals(1, browser.findElements(By.cssSelector(EDIT_FORMS)).size());
        assertTrue("the older one can load its editor again",
                browser.findElement(By.cssSelector(".jobcoach-opened .jobcoach-record-open")).isDisplayed());
    }
}
