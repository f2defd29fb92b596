package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * jobcoach.js on the demo case of 佐藤 花子: the occupational-health nurse lifts the next accommodation step after a
 * question that shows its stop conditions and last review (and is recorded as its approver), undoes the lift, lifts it
 * again and records a review; the lead center coach deletes a visit after confirming.
 */
public class AccommodationsAndVisitsBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "佐藤 花子";
    private static final String NOT_LIFTED = ".jobcoach-accommodations .jobcoach-lozenge-default";

    @Test
    public void theNurseLiftsAStepAndRecordsAReview() throws Exception {
        signInAs("nakamura.megumi");
        open(page(WORKER + "さんの就業上の配慮"));
        int notLifted = count(NOT_LIFTED);
        assertTrue("the demo has a step still to lift", notLifted > 0);
        screenshot("accommodations-before");

        String question = lift();
        assertTrue("the stop conditions and the last review are in the question: " + question,
                (question.contains("中止の目安") || question.contains("Stop conditions"))
                        && (question.contains("前回の見直し") || question.contains("Last review")));
        browser.switchTo().alert().dismiss();
        assertEquals("dismissed: nothing lifted", notLifted, count(NOT_LIFTED));

        lift();
        browser.switchTo().alert().accept();
        waitFor(driver -> count(NOT_LIFTED) == notLifted - 1);
        String firstSteps = browser.findElement(By.cssSelector(".jobcoach-accommodation table")).getText();
        assertTrue("the nurse is the approver, by name: " + firstSteps, firstSteps.contains("中村 恵"));
        screenshot("accommodations-step-lifted");

        // the nurse takes the lift back at once, and lifts it again
        WebElement undo = browser.findElement(By.cssSelector(".jobcoach-accommodations form[data-path$='/lift/undo'] button[type='submit']"));
        assertTrue(undo.getText(), undo.getText().contains("取り消す") || undo.getText().contains("Undo"));
        undo.click();
        waitFor(driver -> count(NOT_LIFTED) == notLifted);
        lift();
        browser.switchTo().alert().accept();
        waitFor(driver -> count(NOT_LIFTED) == notLifted - 1);

        String today = LocalDate.now().toString();
        browser.findElement(By.cssSelector(".jobcoach-accommodations form[data-path$='/review'] button[type='submit']")).click();
        waitFor(driver -> browser.findElement(By.cssSelector(".jobcoach-accommodation .jobcoach-dl")).getText().contains(today));
        screenshot("accommodations-review-recorded");
    }

    /** Clicks the first lift button and waits for the question it asks, which it returns unanswered. */
    private String lift() {
        browser.findElement(By.cssSelector(".jobcoach-accommodations form[data-path$='/lift'] button[type='submit']")).click();
        return waitFor(ExpectedConditions.alertIsPresent()).getText();
    }

    @Test
    public void theLeadCoachDeletesAVisitAfterConfirming() throws Exception {
        signInAs("tanaka.naoki");
        open(page(WORKER + "さんの訪問記録"));
        // in full and as older rows: deleting one of the newest brings the next older one into full view
        String shown = ".jobcoach-visit, .jobcoach-visits .jobcoach-older tbody tr";
        int visits = count(shown);
        assertTrue(visits > 0);
        List<WebElement> coaches = browser.findElements(By.cssSelector(".jobcoach-visits details form[data-method='POST'] .jobcoach-choice label"));
        assertTrue("coaches are chosen by name", coaches.stream().anyMatch(label -> label.getAttribute("textContent").contains("伊藤 由美")));

        WebElement delete = browser.findElement(By.cssSelector(".jobcoach-visit form[data-method='DELETE'] button"));
        delete.click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().dismiss();
        assertEquals("dismissing the question keeps the visit", visits, count(shown));

        browser.findElement(By.cssSelector(".jobcoach-visit form[data-method='DELETE'] button")).click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitFor(driver -> count(shown) == visits - 1);
        screenshot("visit-deleted");
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }

    private int count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }
}
