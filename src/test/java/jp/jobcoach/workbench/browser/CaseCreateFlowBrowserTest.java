package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PagePermissions;
import jp.jobcoach.workbench.host.PageStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The create flow as a counselor clicks it: template form, the home page's start form, which (jobcoach.js) opens
 * the case and then creates its pages through Confluence's REST API, and the case panel linking them.
 */
public class CaseCreateFlowBrowserTest extends BrowserTestSupport {

    @Test
    public void aCounselorCreatesTheHomePageAndStartingTheCaseCreatesItsPages() throws Exception {
        signInAs("kato.rie");
        open("/pages/" + casesPage());
        browser.findElement(By.cssSelector("a.wb-from-template")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.wb-template")));
        screenshot("create-case-template-form");
        browser.findElement(By.cssSelector("form.wb-template button[type='submit']")).click();

        WebElement start = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-case form[data-path='/cases']")));
        assertTrue("a neutral title until the case has its number: " + browser.getTitle(),
                browser.getTitle().startsWith("New support case 20"));
        assertTrue(browser.findElement(By.cssSelector(".jobcoach-page-audience")).getText()
                .contains("Only the case team will see these pages"));
        start.findElement(By.name("case.worker.displayName")).sendKeys("山田 太郎");
        start.findElement(By.name("case.department")).sendKeys("物流部");
        setDate("case.leaveStart", "2025-10-01");
        setDate("case.returnDate", "2026-04-01");
        screenshot("create-case-start-form");
        start.findElement(By.cssSelector("button[type='submit']")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-case"), "Case summary"));
        assertTrue(browser.findElements(By.cssSelector(".jobcoach-case form[data-path='/cases']")).isEmpty());
        String title = browser.getTitle();
        assertTrue("the home page took the case's number: " + title, title.matches("Support case 20\\d\\d-\\d{4}.*"));
        String name = title.substring(0, "Support case 2026-0000".length());
        String sidebar = browser.findElement(By.cssSelector(".wb-sidebar")).getText();
        for (String page : new String[] {"support plan", "retention interviews", "task analysis", "condition", "schedule and workload"}) {
            assertTrue(sidebar, sidebar.contains(name + ": " + page));
        }
        assertFalse("the worker's name is in no title", sidebar.contains("山田"));
        assertTrue("nothing left to create", browser.findElements(By.cssSelector("[data-jobcoach-pages] button")).isEmpty());
        String audience = browser.findElement(By.cssSelector(".jobcoach-page-audience")).getText();
        assertTrue(audience, audience.contains("Only the case team can see these pages:") && audience.contains("加藤 理恵"));
        screenshot("create-case-panel");

        browser.findElement(By.cssSelector(".jobcoach-case")).findElement(By.linkText("Support plan")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-plan")));
        screenshot("create-case-plan-page");
    }

    @Test
    public void theCasePanelCreatesPagesThatAreMissingWithOneClick() throws Exception {
        openCaseWithoutPages("木村 翔");
        WebElement create = wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-jobcoach-pages] button")));
        assertEquals("every page is marked missing", 5, missingMarks().size());
        screenshot("case-pages-missing");
        create.click();

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-jobcoach-pages] button")));
        assertTrue(missingMarks().isEmpty());
        WebElement panel = browser.findElement(By.cssSelector(".jobcoach-case"));
        assertEquals("木村 翔: schedule and workload", panel.findElement(By.linkText("Schedule and workload")).getAttribute("title"));
        screenshot("case-pages-created");
    }

    @Test
    public void pagesOfTheSameTitleElsewhereInTheSpaceAreLeftAloneAndTheCasesPageTakesTheNextFreeTitle() throws Exception {
        PageStore pages = workbench().host().pages();
        long elsewhere = pages.createPage(DemoSeeder.SPACE_KEY, casesPage(), "佐々木 蓮: support plan", "<p>another case</p>", "admin");
        // one the counselor cannot even see: Confluence refuses its title without saying whose it is
        long hidden = pages.createPage(DemoSeeder.SPACE_KEY, casesPage(), "佐々木 蓮: support plan (2)", "<p>restricted</p>", "admin");
        workbench().host().permissions().restrict(hidden, PagePermissions.Kind.VIEW, Set.of("admin"));
        openCaseWithoutPages("佐々木 蓮");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-jobcoach-pages] button"))).click();

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-jobcoach-pages] button")));
        assertTrue(missingMarks().isEmpty());
        WebElement plan = browser.findElement(By.cssSelector(".jobcoach-case")).findElement(By.linkText("Support plan"));
        assertEquals("佐々木 蓮: support plan (3)", plan.getAttribute("title"));
        screenshot("case-pages-numbered-title");
        assertTrue("the other case's page is untouched", pages.stored(elsewhere).orElseThrow().body().contains("another case"));
        assertTrue(pages.stored(hidden).orElseThrow().body().contains("restricted"));
    }

    @Test
    public void whenEveryTitleIsTakenTheRunStopsWithTheReasonAndNothingIsFiled() throws Exception {
        PageStore pages = workbench().host().pages();
        pages.createPage(DemoSeeder.SPACE_KEY, casesPage(), "佐々木 陽: support plan", "<p>another case</p>", "admin");
        for (int number = 2; number <= 5; number++) {
            pages.createPage(DemoSeeder.SPACE_KEY, casesPage(), "佐々木 陽: support plan (" + number + ")", "<p>another case</p>", "admin");
        }
        openCaseWithoutPages("佐々木 陽");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-jobcoach-pages] button"))).click();

        WebElement status = browser.findElement(By.cssSelector(".jobcoach-pages-status"));
        wait(ExpectedConditions.textToBePresentInElement(status, "already exist elsewhere in this space"));
        assertTrue(status.getText(), status.getText().startsWith("Pages titled 佐々木 陽: support plan and its numbered titles"));
        assertTrue("the button stays for another try", browser.findElement(By.cssSelector("[data-jobcoach-pages] button")).isEnabled());
        screenshot("case-pages-title-taken");
        browser.navigate().refresh();
        assertEquals("nothing was filed or created", 5, missingMarks().size());
    }

    @Test
    public void whenConfluenceRefusesThePagesTheCaseStaysOpenAndTheUserIsToldHowToCarryOn() throws Exception {
        PageStore pages = workbench().host().pages();
        long home = pages.createPage(DemoSeeder.SPACE_KEY, casesPage(), "ケース：森 結衣",
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", "admin");
        // the counselor may read the page but not add pages below it
        workbench().host().permissions().restrict(home, PagePermissions.Kind.EDIT, Set.of("admin"));
        signInAs("kato.rie");
        open("/pages/" + home);
        WebElement start = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-case form[data-path='/cases']")));
        start.findElement(By.name("case.worker.displayName")).sendKeys("森 結衣");
        new Select(start.findElement(By.name("case.titles"))).selectByValue("WORKER_NAME");
        start.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement status = browser.findElement(By.cssSelector(".jobcoach-pages-status"));
        wait(ExpectedConditions.textToBePresentInElement(status, "The case is open"));
        assertTrue(status.getText(), status.getText().startsWith("The page 森 結衣: support plan could not be created"));
        assertFalse("the form is not offered twice", browser.findElement(By.cssSelector(".jobcoach-case form[data-path='/cases']")).isDisplayed());
        screenshot("create-case-pages-refused");
        browser.navigate().refresh();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-case"), "Case summary"));
        assertEquals("the case is open, its pages still to make", 5, missingMarks().size());
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
