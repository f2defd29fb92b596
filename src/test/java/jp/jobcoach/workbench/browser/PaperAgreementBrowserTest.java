package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.time.LocalDate;
import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.service.PlanService;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * After a new revision of 佐藤 花子's plan, the counselor records the worker's agreement given on paper from the plan
 * page: the row says "on paper", how and when, and who recorded it, unlike an agreement given in the product; the
 * worker's party no longer waits, and the form for it is gone.
 */
public class PaperAgreementBrowserTest extends BrowserTestSupport {
    private static final String COUNSELOR = "kato.rie";

    @Test
    public void theCounselorRecordsTheWorkersAgreementGivenOnPaper() throws Exception {
        long planPage = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：支援計画").orElseThrow().getId();
        long caseId = DemoCase.id(workbench());
        reviseAsCounselor(caseId);

        signInAs(COUNSELOR);
        open("/pages/" + planPage);
        WebElement form = waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-plan form[data-path$='/plan/agreements/paper']")));
        assertTrue("one form for the worker and one for the company, none for the center",
                browser.findElements(By.cssSelector("form[data-path$='/plan/agreements/paper']")).size() == 2);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", form);
        new Select(form.findElement(By.name("role"))).selectByValue("WORKER");
        WebElement day = form.findElement(By.name("signedOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", day, LocalDate.now().toString());
        new Select(form.findElement(By.name("method"))).selectByValue("SIGNED_IN_PERSON");
        form.findElement(By.name("signer")).sendKeys("佐藤 花子");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // the counselor reads English
        waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-plan")).getText().toLowerCase(java.util.Locale.ROOT).contains("agreed on paper"));
        String agreements = browser.findElement(By.xpath("//tr[.//*[contains(@class,'jobcoach-paper-recorded')]]")).getText();
        assertFalse(agreements, agreements.contains("#"));
        assertTrue(agreements, agreements.contains("佐藤 花子") && agreements.contains("signed in person")
                && agreements.contains(LocalDate.now().toString()) && agreements.contains("加藤"));
        assertFalse("the worker's form is gone, the company's stays",
                browser.findElements(By.cssSelector("form[data-path$='/plan/agreements/paper']")).size() != 1);
        screenshot("plan-agreed-on-paper");
    }

    /** A new revision, identical in content, so every party has to agree again. */
    private static void reviseAsCounselor(long caseId) {
        AuthenticatedUserThreadLocal.set(DemoUsers.byName(COUNSELOR).orElseThrow());
        try {
            PlanService plans = workbench().component(PlanService.class);
            SupportPlan plan = plans.current(caseId).orElseThrow();
            plans.revise(caseId, plan.current().number(), plan.current().content());
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }
}
