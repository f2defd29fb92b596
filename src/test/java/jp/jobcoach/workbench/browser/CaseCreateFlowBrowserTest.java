package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertTrue;

import java.time.Duration;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The create flow as a counselor clicks it: template form, the home page's start form (jobcoach.js), the case panel. */
public class CaseCreateFlowBrowserTest extends BrowserTestSupport {

    @Test
    public void aCounselorCreatesTheCaseTreeAndStartsTheCaseFromItsHomePage() throws Exception {
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
        assertTrue(browser.findElement(By.cssSelector(".wb-sidebar")).getText().contains("山田 太郎: support plan"));
        screenshot("create-case-start-form");
        start.findElement(By.cssSelector("button[type='submit']")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-case"), "Case summary"));
        assertTrue(browser.findElements(By.cssSelector(".jobcoach-case form[data-path='/cases']")).isEmpty());
        screenshot("create-case-panel");

        browser.findElement(By.linkText("山田 太郎: support plan")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-plan")));
        screenshot("create-case-plan-page");
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
