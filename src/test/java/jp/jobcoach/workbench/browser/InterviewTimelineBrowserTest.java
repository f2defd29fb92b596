package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5 end to end: the in-company coach records an interview in the form beside the guide, the center coach
 * comments on the interviews page with the page's comment form, and the case page's timeline shows both.
 */
public class InterviewTimelineBrowserTest extends BrowserTestSupport {
    private static final String NEW_FORM = ".jobcoach-interviews form[data-method='POST'][data-path$='/interviews']";
    private static final String ACCOUNT = "今週は朝の電車が少し楽になった。疲れは夕方に出る。";
    private static final String COMMENT = "面談記録を確認しました。夕方の疲れは小休止の時間を見直しましょう。";

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

        open("/pages/" + casePage);
        WebElement timeline = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-timeline-list")));
        WebElement newestComment = timeline.findElement(By.cssSelector("li[data-kind='COMMENT']"));
        assertTrue(newestComment.getText(), newestComment.getText().contains(COMMENT.substring(0, 10)));
        WebElement newestInterview = timeline.findElement(By.cssSelector("li[data-kind='INTERVIEW']"));
        assertTrue(newestInterview.getText(), newestInterview.getText().startsWith(today));
        scrollTo(browser.findElement(By.cssSelector(".jobcoach-timeline")));
        screenshot("timeline-with-interview-and-comment");

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
