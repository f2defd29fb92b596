package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.service.CaseService;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15: a second interview draft for a date that already has one is refused, and the message does not just give
 * the draft's number: its button opens that draft here, with its editor, without a reload.
 */
public class DuplicateDraftBrowserTest extends BrowserTestSupport {
    private static final String NEW_FORM = ".jobcoach-interviews form[data-method='POST'][data-path$='/interviews']";

    @Test
    public void theRefusalOpensTheDraftAlreadyOnThatDate() throws Exception {
        long interviewsPage = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "鈴木 健太：定着面談").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(interviewsPage).orElseThrow();
        String day = LocalDate.now().plusDays(3).toString();

        signInAs("watanabe.makoto");
        open("/pages/" + interviewsPage);
        // someone saved the meeting's draft already: the server's own starting point for that day, stored as it is
        Object first = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const base = '/rest/jobcoach/1.0/cases/' + arguments[0] + '/interviews';"
                + "fetch(base + '/draft?date=' + arguments[1], {credentials: 'same-origin'}).then(r => r.json())"
                + ".then(draft => fetch(base, {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json',"
                + " 'X-Atlassian-Token': 'no-check'}, body: JSON.stringify({interview: draft})}))"
                + ".then(r => r.json()).then(saved => done(saved.id)).catch(e => done('error ' + e));", caseId, day);
        long draftId = ((Number) first).longValue();
        open("/pages/" + interviewsPage);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-interviews [data-new-record] summary"))).click();
        WebElement form = browser.findElement(By.cssSelector(NEW_FORM));
        WebElement open = form.findElement(By.cssSelector(".jobcoach-existing-record"));
        assertTrue("hidden until the server names a draft", !open.isDisplayed());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("interview.date")), day);
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(NEW_FORM + " [data-field='date'] .jobcoach-field-error")));
        assertTrue(error.getText(), error.getText().contains(day) && error.getText().contains("下のボタン"));
        waitFor(ExpectedConditions.visibilityOf(open));
        assertEquals("この日付の下書きを開く", open.getText());
        screenshot("interview-duplicate-draft");
        open.click();

        WebElement editor = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "article#jobcoach-interview-" + draftId + " form[data-method='PUT'][data-path$='/interviews/" + draftId + "']")));
        assertTrue(editor.isDisplayed());
        assertEquals("the page was not reloaded", Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"));
        assertEquals("the draft's date", day, editor.findElement(By.name("interview.date")).getAttribute("value"));
    }
}
