package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.VisitStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5 end to end: the in-company coach records an interview in the form beside the guide, the center coach
 * comments on the interviews page with the page's comment form, and the case page's timeline shows both, pages on
 * with "more", filters and lets the coach take his comment off.
 */
public class InterviewTimelineBrowserTest extends BrowserTestSupport {
    private static final String NEW_FORM = ".jobcoach-interviews form[data-method='POST'][data-path$='/interviews']";
    private static final String ACCOUNT = "今週は朝の電車が少し楽になった。疲れは夕方に出る。";
    private static final String COMMENT = "面談記録を確認しました。夕方の疲れは小休止の時間を見直しましょう。";
    /** More than a page of the timeline (TimelineQuery.DEFAULT_PAGE_SIZE) shows. */
    private static final int OLD_VISITS = 2 * TimelineQuery.DEFAULT_PAGE_SIZE;

    @Test
    public void theCoachRecordsAnInterviewTheCenterCoachCommentsAndTheTimelineShowsBoth() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        var pages = workbench().host().pages();
        long interviewsPage = pages.pageByTitle(DemoSeeder.SPACE_KEY, "鈴木 健太：定着面談").orElseThrow().getId();
        long casePage = pages.pageByTitle(DemoSeeder.SPACE_KEY, "鈴木 健太さんの復職支援").orElseThrow().getId();
        String today = LocalDate.now().toString();

        signInAs("watanabe.makoto");
        open("/pages/" + interviewsPage);
        WebElement summary = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-interviews details > summary")));
        summary.click();
        WebElement prompts = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-interviews .jobcoach-prompts")));
        assertEquals("seven follow-up points", 7, prompts.findElements(By.cssSelector("ol > li")).size());
        scrollTo(summary);
        screenshot("interview-form-with-prompts");

        fillInterview(today);
        browser.findElement(By.cssSelector(NEW_FORM + " button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-interviews"), ACCOUNT));
        WebElement saved = browser.findElement(By.xpath("//article[contains(@class,'jobcoach-interview')][.//*[contains(text(),'"
                + ACCOUNT + "')]]"));
        assertTrue(saved.getText(), saved.getText().contains(today) && saved.getText().contains("夕方の疲れを記録する"));
        scrollTo(saved);
        screenshot("interview-saved");
        scrollTo(browser.findElement(By.cssSelector(".jobcoach-interviews svg.jobcoach-trend")));
        screenshot("interview-trend");

        signInAs("tanaka.naoki");
        open("/pages/" + interviewsPage);
        WebElement comment = browser.findElement(By.cssSelector(".wb-comments textarea[name='body']"));
        comment.sendKeys(COMMENT);
        browser.findElement(By.cssSelector(".wb-comments button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wb-comments"), COMMENT));

        // visits long ago, so that the timeline has a page after its first whatever the demo holds
        long caseId = workbench().component(CaseService.class).caseOfPage(casePage).orElseThrow();
        for (int day = 0; day < OLD_VISITS; day++) {
            workbench().component(VisitStore.class).create(caseId, StoreFixtures.visit(LocalDate.of(2020, 1, 1).plusDays(day)));
        }
        open("/pages/" + casePage);
        WebElement timeline = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-timeline-list")));
        WebElement newestComment = timeline.findElement(By.cssSelector("li[data-kind='COMMENT']"));
        assertTrue(newestComment.getText(), newestComment.getText().contains(COMMENT.substring(0, 10)));
        WebElement newestInterview = timeline.findElement(By.cssSelector("li[data-kind='INTERVIEW']"));
        assertTrue(newestInterview.getText(), newestInterview.getText().startsWith(today));
        scrollTo(browser.findElement(By.cssSelector(".jobcoach-timeline")));
        screenshot("timeline-with-interview-and-comment");

        // "more" appends the next page as the server rendered it, and stays where the keyboard is
        int firstPage = entries();
        WebElement more = browser.findElement(By.cssSelector(".jobcoach-timeline-more"));
        more.click();
        waitFor(driver -> entries() > firstPage);
        assertEquals("one more page's worth, after the first", 2 * firstPage, entries());
        List<WebElement> oldVisits = timeline.findElements(By.cssSelector("li[data-kind='VISIT'] .jobcoach-timeline-when"));
        assertTrue("the oldest last", oldVisits.get(oldVisits.size() - 1).getText().startsWith("2020-"));
        assertEquals("", browser.findElement(By.cssSelector(".jobcoach-timeline-status")).getText());

        browser.findElement(By.id("jobcoach-timeline-kinds-COMMENT")).click();
        browser.findElement(By.cssSelector(".jobcoach-timeline-filter button[type='submit']")).click();
        // read in the page in one go: the script replaces the list's items while it loads
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("var items = Array.from("
                + "document.querySelectorAll('.jobcoach-timeline-list li'));"
                + "return items.length > 0 && items.every(function (i) { return i.dataset.kind === 'COMMENT'; });"));
        assertTrue("all comments fit one page", !browser.findElement(By.cssSelector(".jobcoach-timeline-more")).isDisplayed());
        screenshot("timeline-filtered-to-comments");

        // the center coach takes his comment off the timeline again (the entries are now the script's own)
        WebElement own = browser.findElement(By.cssSelector(".jobcoach-timeline-list li[data-kind='COMMENT']"));
        own.findElement(By.cssSelector(".jobcoach-timeline-remove")).click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.stalenessOf(own));
        open("/pages/" + casePage);
        String after = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-timeline-list"))).getText();
        assertTrue("gone after a reload: " + after, !after.contains(COMMENT.substring(0, 10)));
    }

    private int entries() {
        return browser.findElements(By.cssSelector(".jobcoach-timeline-list > li")).size();
    }

    private void fillInterview(String today) {
        WebElement form = browser.findElement(By.cssSelector(NEW_FORM));
        setValue(NEW_FORM + " input[name='interview.date']", today);
        for (WebElement status : form.findElements(By.cssSelector("select[name$='.status']"))) {
            new Select(status).selectByValue("DONE");
        }
        new Select(form.findElement(By.name("interview.ratings.ratings.FATIGUE"))).selectByValue("2");
        new Select(form.findElement(By.name("interview.ratings.ratings.MOOD"))).selectByValue("3");
        form.findElement(By.name("interview.notes.workerAccount")).sendKeys(ACCOUNT);
        new Select(form.findElement(By.name("interview.newActions.0.owner.userKey"))).selectByValue("wbkey-suzuki.kenta");
        form.findElement(By.name("interview.newActions.0.what")).sendKeys("夕方の疲れを記録する");
        setValue(NEW_FORM + " input[name='interview.nextDate']", LocalDate.now().plusDays(14).toString());
    }

    /** A date input's typing rules follow the browser's locale; set the value as a date picker would. */
    private void setValue(String selector, String value) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).value = arguments[1];", selector, value);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
