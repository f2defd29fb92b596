package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15 §10 on the demo case of 佐藤 花子: HR, whose role does not see visit records, reads on the visits page what
 * is withheld and why instead of "no case or no access"; the counselor moves the phase from the keyboard only after
 * confirming (kato.rie reads English), and dismissing the question leaves the phase as it was.
 */
public class RoleLimitsAndConfirmationsBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "佐藤 花子";
    private static final String PHASE = ".jobcoach-case .jobcoach-lozenge-current";

    @Test
    public void hrReadsWhyVisitRecordsAreNotShown() throws Exception {
        signInAs("kobayashi.sho");
        open(page(WORKER + "さんの訪問記録"));
        String message = browser.findElement(By.cssSelector(".jobcoach-visits .jobcoach-message")).getText();
        assertTrue(message, message.contains("訪問記録は、ジョブコーチが職場訪問で書く作業用の記録です。"));
        assertTrue(message, message.contains("このケースでのあなたの役割：人事"));
        screenshot("visits-withheld-for-hr");
    }

    @Test
    public void theCounselorConfirmsAPhaseMoveFromTheKeyboard() throws Exception {
        signInAs("kato.rie");
        open(page(WORKER + "さんの復職支援"));
        String before = phase();
        WebElement move = browser.findElement(By.cssSelector(".jobcoach-phase-buttons form button[type='submit']"));
        move.sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.alertIsPresent());
        String question = browser.switchTo().alert().getText();
        assertTrue("the question names the phase it leaves: " + question, question.contains(before) && question.endsWith("phase."));
        browser.switchTo().alert().dismiss();
        assertEquals("dismissed: nothing moved", before, phase());
        assertFalse(browser.findElement(By.cssSelector(".jobcoach-phase-buttons")).getText().contains("保存しました"));

        browser.findElement(By.cssSelector(".jobcoach-phase-buttons form button[type='submit']")).sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitFor(driver -> !before.equals(phase()));
        screenshot("phase-moved-after-confirming");
    }

    /** The phase as written (AUI's lozenge shows it in capitals). */
    private String phase() {
        return browser.findElement(By.cssSelector(PHASE)).getAttribute("textContent").strip();
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }
}
