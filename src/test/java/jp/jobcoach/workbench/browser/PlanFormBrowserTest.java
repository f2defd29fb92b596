package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** jobcoach.js against the real REST API: save, a field error in place, and a conflict that keeps the user's text. */
public class PlanFormBrowserTest extends BrowserTestSupport {
    private static final String FIELD = "textarea[name='plan.currentSituation']";

    @Test
    public void aCounselorDraftsThePlanAndAConflictKeepsTheirText() throws Exception {
        var pages = workbench().host().pages();
        long cases = pages.pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        long casePage = pages.createPage(DemoSeeder.SPACE_KEY, cases, "新しいケース", "<p>新しいケース</p>", "admin");
        long planPage = pages.createPage(DemoSeeder.SPACE_KEY, casePage, "新しいケースの支援計画",
                "<ac:structured-macro ac:name=\"jobcoach-plan\"/>", "admin");
        signInAs("kato.rie");
        open("/pages/" + planPage);
        Object caseId = rest("POST", "/cases", "{\"creatorRole\":\"COUNSELOR\",\"case\":{\"worker\":{\"displayName\":\"鈴木 健太\"},"
                + "\"supports\":[],\"rootPageId\":" + casePage + "}}");
        assertTrue(String.valueOf(caseId), String.valueOf(caseId).startsWith("201"));

        open("/pages/" + planPage);
        openEditForm();
        type(FIELD, "最初の状況");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-plan"), "最初の状況"));

        openEditForm();
        // A date input's typing rules follow the browser's locale; set the value as a date picker would.
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).value = '2026-05-01';",
                ".jobcoach-plan input[name='plan.timeline.phases.INTENSIVE.start']");
        submit();
        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-field='phases[INTENSIVE].end'] .jobcoach-field-error")));
        assertTrue(error.getText(), !error.getText().isBlank());
        screenshot("plan-field-error");

        open("/pages/" + planPage);
        openEditForm();
        type(FIELD, "私の未保存の文章");
        String plan = "{\"version\":1,\"plan\":{\"currentSituation\":\"他の人の変更\",\"plannedSupport\":{},\"timeline\":{\"phases\":{}}}}";
        long id = Long.parseLong(String.valueOf(caseId).split(" ")[1]);
        assertTrue(String.valueOf(rest("PUT", "/cases/" + id + "/plan", plan)).startsWith("200"));
        submit();
        WebElement stored = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-field='currentSituation'] .jobcoach-server-value")));
        assertTrue(stored.getText(), stored.getText().contains("他の人の変更"));
        assertEquals("私の未保存の文章", browser.findElement(By.cssSelector(FIELD)).getAttribute("value"));
        String formMessage = browser.findElement(By.cssSelector(".jobcoach-plan form[data-method='PUT'] .jobcoach-form-message")).getText();
        assertTrue("the counselor reads English: " + formMessage, formMessage.startsWith("Someone else saved a change"));
        screenshot("plan-conflict");

        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-plan"), "私の未保存の文章"));
    }

    private void openEditForm() {
        WebElement summary = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-plan details:last-of-type > summary")));
        summary.click();
    }

    private void type(String selector, String text) {
        WebElement field = browser.findElement(By.cssSelector(selector));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        browser.findElement(By.cssSelector(".jobcoach-plan form[data-method='PUT'] button[type='submit']")).click();
    }


    /** A REST call from the signed-in page, as the user: "status id" or "status". */
    private Object rest(String method, String path, String body) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/rest/jobcoach/1.0' + arguments[1], {method: arguments[0], credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}, body: arguments[2]})"
                        + ".then(r => r.text().then(t => { let id = ''; try { id = JSON.parse(t).id || ''; } catch (e) {} done(r.status + ' ' + id); }))"
                        + ".catch(e => done('error ' + e));", method, path, body);
    }
}
