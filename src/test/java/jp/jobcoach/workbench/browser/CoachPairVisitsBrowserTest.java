package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
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
 * The coach pair of 佐藤 花子's case hands over through the visit records (issue 15 items 3 and 7): the second coach plans
 * today's visit and plans and cancels another (each saved in place, announced, the tally and the planned list updated,
 * a refused one keeping what was typed), the lead coach records a visit with a hand-over (saved in place, announced,
 * the hand-over block and the tally updated), the second coach opens the case and sees what changed since their last
 * visit and the lead's hand-over, records their own visit with one, and planned against done shows today's planned
 * date as done — all without a reload (a marker set on the window survives).
 */
public class CoachPairVisitsBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "佐藤 花子";
    private static final String NEW_VISIT = ".jobcoach-visits [data-new-record] form[data-method='POST']";
    private static final String NEW_PLANNED = ".jobcoach-planned-new form[data-method='POST']";
    private static final String ANNOUNCE = ".jobcoach-visits [data-jobcoach-announce]";
    private static final String HAND_OVER = ".jobcoach-visits [data-jobcoach-body] > .jobcoach-handover";
    private static final String LEAD_HAND_OVER = "次回は伊藤さんへ：上司と残業の扱いを確認してください。";
    private static final String SECOND_HAND_OVER = "小休止は定着。次回は田中さんが人事と配慮の見直しを。";

    @Test
    public void thePartnerSeesTheHandOverAndWhatChangedAndTheVisitSavesInPlace() throws Exception {
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusDays(2).toString();

        // the second coach plans today's visit: saved in place, the planned list and the tally follow
        signInAs("ito.yumi");
        open(page(WORKER + "さんの訪問記録"));
        screenshot("visits-page-planned");
        script("window.notReloaded = true;");
        String tallyBefore = tally();
        WebElement plan = openPlanForm();
        assertEquals("the signed-in coach is proposed", "wbkey-ito.yumi",
                new Select(plan.findElement(By.name("plannedVisit.coachKey"))).getFirstSelectedOption().getAttribute("value"));
        // without a day it is refused in the user's words, and what was typed stays
        plan.findElement(By.name("plannedVisit.note")).sendKeys("上司と面談");
        plan.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement refused = browser.findElement(By.cssSelector(NEW_PLANNED + " [data-field='date'] .jobcoach-field-error"));
        waitFor(driver -> !refused.getText().isBlank());
        assertTrue(refused.getText(), refused.getText().codePoints().anyMatch(c -> c > 0x3000) || refused.getText().contains("date"));
        assertEquals("the typed note stays", "上司と面談", browser.findElement(By.cssSelector(NEW_PLANNED + " [name='plannedVisit.note']")).getAttribute("value"));
        assertEquals("nothing was planned", null, plannedRowOf(today));
        setValue(NEW_PLANNED + " input[name='plannedVisit.date']", today);
        browser.findElement(By.cssSelector(NEW_PLANNED + " button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ANNOUNCE), today));
        assertNotReloaded();
        WebElement row = plannedRowOf(today);
        assertTrue("the planned visit is listed", row != null && row.getText().contains("上司と面談"));
        assertEquals("the focus on the planned visit", row, browser.switchTo().activeElement());
        assertInView("the planned visit", row);
        String tallyPlanned = tally();
        assertNotEquals("planned against done counts today's date", tallyBefore, tallyPlanned);
        screenshot("planned-visit-saved-in-place");

        // another one, cancelled: in place as well, the planned list and the tally as they were
        openPlanForm();
        setValue(NEW_PLANNED + " input[name='plannedVisit.date']", later);
        browser.findElement(By.cssSelector(NEW_PLANNED + " button[type='submit']")).click();
        waitFor(driver -> plannedRowOf(later) != null);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ANNOUNCE), later));
        plannedRowOf(later).findElement(By.cssSelector("form[data-method='DELETE'] button[type='submit']")).click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        WebElement cancelled = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ANNOUNCE)));
        waitFor(driver -> cancelled.getText().contains("取り消しました") || cancelled.getText().contains("Cancelled"));
        assertTrue(cancelled.getText(), cancelled.getText().contains(later));
        assertEquals("polite", cancelled.getAttribute("aria-live"));
        assertNotReloaded();
        assertEquals("the cancelled visit is gone", null, plannedRowOf(later));
        assertTrue("today's stays", plannedRowOf(today) != null);
        assertEquals(tallyPlanned, tally());

        // the lead coach records a visit with a hand-over: saved in place, announced, the hand-over block updated
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
        WebElement handOver = browser.findElement(By.cssSelector(HAND_OVER));
        assertTrue(handOver.getText(), handOver.getText().contains(LEAD_HAND_OVER));
        recordVisit(SECOND_HAND_OVER);

        // planned against done, without a reload: today's planned date is done
        WebElement done = plannedRowOf(today);
        assertTrue(done.getText(), done.getText().contains("実施済み") || done.getText().contains("Done"));
        screenshot("planned-visit-done");

        // an edit of that visit: in place, its editor still open, the hand-over block following it
        WebElement mine = browser.switchTo().activeElement();
        String id = mine.getAttribute("id");
        mine.findElement(By.cssSelector("[data-record-editor] details > summary")).click();
        WebElement edited = mine.findElement(By.cssSelector("form[data-method='PUT'] textarea[name='visit.handOver']"));
        edited.sendKeys("（追記）");
        script("arguments[0].scrollIntoView({block: 'center'});", edited);
        mine.findElement(By.cssSelector("form[data-method='PUT'] button[type='submit']")).click();
        waitFor(driver -> browser.findElement(By.cssSelector(HAND_OVER)).getText().contains(SECOND_HAND_OVER + "（追記）"));
        assertNotReloaded();
        WebElement again = browser.findElement(By.id(id));
        assertEquals("the focus on the saved visit", again, browser.switchTo().activeElement());
        assertTrue("its editor stays open", again.findElement(By.cssSelector("form[data-method='PUT']")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(ANNOUNCE)).getText().contains(today));
    }

    /** Opens the form that plans a visit (closed again after each save in place). */
    private WebElement openPlanForm() {
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-planned-new summary"))).click();
        return browser.findElement(By.cssSelector(NEW_PLANNED));
    }

    /**
     * Fills the new visit form (today and the signed-in coach come ticked), saves with the button and checks that the
     * macro shows the stored visit in view and focused, with the confirmation announced and in view, the hand-over
     * block and the tally updated, and that the page did not reload.
     */
    private void recordVisit(String handOverText) {
        String today = LocalDate.now().toString();
        script("window.notReloaded = true;");
        String tallyBefore = tally();
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

        WebElement status = browser.findElement(By.cssSelector(ANNOUNCE));
        waitFor(ExpectedConditions.textToBePresentInElement(status, today));
        assertTrue(status.getText(), status.getText().contains("保存しました") || status.getText().contains("Saved"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertNotReloaded();
        assertInView("the confirmation", status);
        WebElement record = browser.switchTo().activeElement();
        assertEquals("the focus on the saved visit", "article", record.getTagName());
        assertTrue(record.getText(), record.getText().contains(handOverText));
        assertInView("the saved visit", record.findElement(By.tagName("h4")));
        assertFalse("its editor's reopen button stays hidden", record.findElement(By.cssSelector(".jobcoach-record-open")).isDisplayed());
        assertTrue("the hand-over block shows the new one",
                browser.findElement(By.cssSelector(HAND_OVER)).getText().contains(handOverText));
        assertNotEquals("the tally counts the visit", tallyBefore, tally());
        assertFalse("the new visit's form is closed again", (Boolean) script(
                "return document.querySelector(arguments[0]).closest('details').open;", NEW_VISIT));
    }

    /** What the tally (planned against done per phase) says now. */
    private String tally() {
        return (String) script("return document.querySelector('.jobcoach-visits .jobcoach-chart').closest('section').querySelector('table').innerText;");
    }

    private void assertNotReloaded() {
        assertEquals("the page was not reloaded", Boolean.TRUE, script("return window.notReloaded === true;"));
    }

    private void assertInView(String what, WebElement element) {
        assertEquals(what + " is in view", Boolean.TRUE, script("var box = arguments[0].getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;", element));
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
