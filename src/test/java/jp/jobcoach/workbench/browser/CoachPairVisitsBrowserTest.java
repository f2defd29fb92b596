package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coach pair of 佐藤 花子's case hands over through the visit records (issue 15 item 7): the second coach plans
 * today's visit, the lead coach records a visit with a hand-over (saved in place, announced), the second coach opens
 * the case and sees what changed since their last visit and the lead's hand-over, records their own visit with one,
 * and planned against done shows today's planned date as done.
 */
public class CoachPairVisitsBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "佐藤 花子";
    private static final String NEW_VISIT = ".jobcoach-visits [data-new-record] form[data-method='POST']";
    private static final String LEAD_HAND_OVER = "次回は伊藤さんへ：上司と残業の扱いを確認してください。";
    private static final String SECOND_HAND_OVER = "小休止は定着。次回は田中さんが人事と配慮の見直しを。";

    @Test
    public void thePartnerSeesTheHandOverAndWhatChangedAndTheVisitSavesInPlace() throws Exception {
        String today = LocalDate.now().toString();

        // the second coach plans today's visit (the plan form reloads the page)
        signInAs("ito.yumi");
        open(page(WORKER + "さんの訪問記録"));
        screenshot("visits-page-planned");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-planned-new summary"))).click();
        WebElement plan = browser.findElement(By.cssSelector(".jobcoach-planned form[data-method='POST']"));
        setValue(".jobcoach-planned form[data-method='POST'] input[name='plannedVisit.date']", today);
        assertEquals("the signed-in coach is proposed", "wbkey-ito.yumi",
                new Select(plan.findElement(By.name("plannedVisit.coachKey"))).getFirstSelectedOption().getAttribute("value"));
        plan.findElement(By.name("plannedVisit.note")).sendKeys("上司と面談");
        plan.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(driver -> plannedRowOf(today) != null);

        // the lead coach records a visit with a hand-over: saved in place, announced
        signInAs("tanaka.naoki");
        open(page(WORKER + "さんの訪問記録"));
        recordVisit(LEAD_HAND_OVER);
        screenshot("visit-saved-in-place");

        // the second coach opens the case: what changed since their last visit, and the lead's hand-over
        signInAs("ito.yumi");
        open(page(WORKER + "さんの復職支援"));
        WebElement since = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-since")));
        assertTrue(since.getText(), since.getText().contains("前回の訪問から") || since.getText().contains("Since your last visit"));
        assertTrue(since.getText(), since.getText().contains(LEAD_HAND_OVER));
        assertTrue("the lead's visit counts as new: " + since.getText(),
                since.getText().contains("相方の訪問") || since.getText().contains("visits by your partner"));
        screenshot("case-since-last-visit");

        // on the visits page the hand-over is first, and the second coach's own visit saves in place
        open(page(WORKER + "さんの訪問記録"));
        WebElement handOver = browser.findElement(By.cssSelector(".jobcoach-visits > .jobcoach-handover"));
        assertTrue(handOver.getText(), handOver.getText().contains(LEAD_HAND_OVER));
        recordVisit(SECOND_HAND_OVER);

        // planned against done: today's planned date is done
        browser.navigate().refresh();
        WebElement row = waitFor(driver -> plannedRowOf(today));
        assertTrue(row.getText(), row.getText().contains("実施済み") || row.getText().contains("Done"));
        assertTrue(browser.findElement(By.cssSelector(".jobcoach-visits > .jobcoach-handover")).getText().contains(SECOND_HAND_OVER));
        screenshot("planned-visit-done");
    }

    /**
     * Fills the new visit form (today and the signed-in coach come ticked), saves with the button and checks that the
     * stored visit took the form's place, with the confirmation announced and in view, and that the page did not reload.
     */
    private void recordVisit(String handOverText) {
        String today = LocalDate.now().toString();
        script("window.notReloaded = true;");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-visits [data-new-record] summary"))).click();
        WebElement form = browser.findElement(By.cssSelector(NEW_VISIT));
        assertEquals("today is proposed", today, form.findElement(By.name("visit.date")).getAttribute("value"));
        assertEquals("the signed-in coach is ticked", 1,
                form.findElements(By.cssSelector("input[name='visit.coachKeys']:checked")).size());
        new Select(form.findElement(By.name("visit.kind"))).selectByValue("CONSULTATION");
        form.findElement(By.name("visit.observations")).sendKeys("午後の疲れは減ってきた。");
        WebElement handOver = form.findElement(By.name("visit.handOver"));
        handOver.sendKeys(handOverText);
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement status = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".jobcoach-visits article.jobcoach-visit [data-record-editor] .jobcoach-form-message")));
        waitFor(ExpectedConditions.textToBePresentInElement(status, today));
        assertTrue(status.getText(), status.getText().contains("保存しました") || status.getText().contains("Saved"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("the page was not reloaded", Boolean.TRUE, script("return window.notReloaded === true;"));
        assertEquals("the confirmation is in view", Boolean.TRUE, script("var box = arguments[0].getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;", status));
        WebElement record = status.findElement(By.xpath("ancestor::article"));
        assertTrue(record.getText(), record.getText().contains(handOverText));
        assertEquals("the form made its record", 0, browser.findElements(By.cssSelector(NEW_VISIT)).size());
    }

    private WebElement plannedRowOf(String day) {
        return browser.findElements(By.cssSelector(".jobcoach-planned tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().equals(day)).findFirst().orElse(null);
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void setValue(String selector, String value) {
        script("document.querySelector(arguments[0]).value = arguments[1];", selector, value);
    }
}
