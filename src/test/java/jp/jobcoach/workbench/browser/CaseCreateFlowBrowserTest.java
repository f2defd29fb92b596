package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PageStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The create flow as a counselor clicks it: template form, the home page's start form, which (jobcoach.js) opens
 * the case and then creates its pages through Confluence's REST API, and the case panel linking them.
 */
public class CaseCreateFlowBrowserTest extends BrowserTestSupport {

    @Test
    public void aCounselorCreatesTheHomePageAndStartingTheCaseCreatesItsPages() throws Exception {
        long cases = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        signInAs("kato.rie");
        open("/pages/" + cases);
        browser.findElement(By.cssSelector("a.wb-from-template")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.wb-template")));
        browser.findElement(By.name("workerName")).sendKeys("山田 太郎");
        browser.findElement(By.name("department")).sendKeys("物流部");
        setDate("leaveStart", "2025-10-01");
        setDate("returnDate", "2026-04-01");
        screenshot("create-case-template-form");
        browser.findElement(By.cssSelector("form.wb-template button[type='submit']")).click();

        WebElement start = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-case form[data-path='/cases']")));
        assertTrue(browser.getTitle(), browser.getTitle().startsWith("Case: 山田 太郎"));
        screenshot("create-case-start-form");
        start.findElement(By.cssSelector("button[type='submit']")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-case"), "Case summary"));
        assertTrue(browser.findElements(By.cssSelector(".jobcoach-case form[data-path='/cases']")).isEmpty());
        String sidebar = browser.findElement(By.cssSelector(".wb-sidebar")).getText();
        for (String page : new String[] {"support plan", "retention interviews", "task analysis", "condition and workload", "schedule"}) {
            assertTrue(sidebar, sidebar.contains("山田 太郎: " + page));
        }
        assertTrue("nothing left to create", browser.findElements(By.cssSelector("[data-jobcoach-pages] button")).isEmpty());
        screenshot("create-case-panel");

        browser.findElement(By.cssSelector(".jobcoach-case")).findElement(By.linkText("Support plan")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-plan")));
        screenshot("create-case-plan-page");
    }

    @Test
    public void theCasePanelCreatesPagesThatAreMissingWithOneClick() throws Exception {
        PageStore pages = workbench().host().pages();
        long cases = pages.pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        long home = pages.createPage(DemoSeeder.SPACE_KEY, cases, "ケース：木村 翔",
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", "kato.rie");
        signInAs("kato.rie");
        open("/pages/" + home);
        // a case opened without the start form (over REST) has no pages yet
        ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/rest/jobcoach/1.0/cases', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({creatorRole: 'COUNSELOR',"
                + " case: {worker: {displayName: '木村 翔'}, supports: [], rootPageId: " + home + "}})}).then(done, done);");
        browser.navigate().refresh();
        WebElement create = wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-jobcoach-pages] button")));
        assertEquals("every page is marked missing", 5, missingMarks().size());
        screenshot("case-pages-missing");
        create.click();

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-jobcoach-pages] button")));
        assertTrue(missingMarks().isEmpty());
        WebElement panel = browser.findElement(By.cssSelector(".jobcoach-case"));
        assertEquals("木村 翔: schedule", panel.findElement(By.linkText("Schedule")).getAttribute("title"));
        screenshot("case-pages-created");
    }

    private List<WebElement> missingMarks() {
        return browser.findElements(By.cssSelector(".jobcoach-case .jobcoach-list .aui-lozenge-moved"));
    }

    /** A date input's typing rules follow the browser's locale; set the value as a date picker would. */
    private void setDate(String name, String value) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).value = arguments[1];",
                "input[name='" + name + "']", value);
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
