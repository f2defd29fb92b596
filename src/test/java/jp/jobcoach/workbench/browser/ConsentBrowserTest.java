package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.ConsentStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The worker takes back, from the case panel and with the keyboard, the consent that lets the in-company coach see
 * their account in interviews; after confirming, the coach's interviews page has no ratings and no trend any more.
 * The worker gives it again, and the coach sees them again.
 */
public class ConsentBrowserTest extends BrowserTestSupport {
    private static final String WORKER = "sato.hanako";
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static final String TREND = ".jobcoach-interviews svg.jobcoach-trend";

    @Test
    public void theWorkerRevokesAndTheInCompanyCoachNoLongerSeesTheRatings() throws Exception {
        var pages = workbench().host().pages();
        long casePage = pages.pageByTitle(DemoSeeder.SPACE_KEY, DemoCase.HOME_TITLE).orElseThrow().getId();
        long interviewsPage = pages.pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：定着面談").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(casePage).orElseThrow();

        signInAs(COMPANY_COACH);
        open("/pages/" + interviewsPage);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TREND)));

        signInAs(WORKER);
        open("/pages/" + casePage);
        Stored<Consent> consent = workbench().component(ConsentStore.class).ledger(caseId)
                .active(ConsentCategory.WORKER_ACCOUNT, CaseRole.IN_COMPANY_COACH, java.time.LocalDate.now()).orElseThrow();
        By revokeForm = By.cssSelector("form[data-path$='/consents/" + consent.id() + "/revoke']");
        WebElement revoke = waitFor(ExpectedConditions.elementToBeClickable(revokeForm)).findElement(By.cssSelector("button[type='submit']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", revoke);
        screenshot("consent-panel-worker");
        revoke.sendKeys(Keys.ENTER);
        String question = waitFor(ExpectedConditions.alertIsPresent()).getText();
        assertTrue(question, question.contains("企業内ジョブコーチ") || question.contains("In-company"));
        browser.switchTo().alert().accept();
        waitFor(ExpectedConditions.stalenessOf(revoke));
        By giveButton = By.xpath("//form[.//input[@name='consent.category' and @value='WORKER_ACCOUNT']"
                + " and .//input[@name='consent.role' and @value='IN_COMPANY_COACH']"
                + " and .//input[@name='consent.means' and @value='IN_PRODUCT']]//button[@type='submit']");
        waitFor(ExpectedConditions.elementToBeClickable(giveButton));
        assertEquals("revoked on the panel", 0, browser.findElements(revokeForm).size());

        signInAs("kato.rie");
        open("/pages/" + casePage);
        WebElement notice = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-consent-missing")));
        assertEquals("the counselor is told of the one revoked consent", 1, notice.findElements(By.cssSelector("li")).size());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", notice);
        screenshot("consent-panel-counselor");

        signInAs(COMPANY_COACH);
        open("/pages/" + interviewsPage);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".jobcoach-interviews article")));
        assertEquals("no trend", 0, browser.findElements(By.cssSelector(TREND)).size());
        assertEquals("no rating inputs", 0, browser.findElements(By.cssSelector("select[name^='interview.ratings']")).size());
        screenshot("interviews-after-revocation");

        signInAs(WORKER);
        open("/pages/" + casePage);
        WebElement give = waitFor(ExpectedConditions.elementToBeClickable(giveButton));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", give);
        give.sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.stalenessOf(give));

        signInAs(COMPANY_COACH);
        open("/pages/" + interviewsPage);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TREND)));
    }
}
