package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoCase;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Removing a member asks first: the counselor dismisses the question and the partner coach stays, accepts it and
 * the coach is gone. The in-company coach is offered no remove button for the center's staff or the worker.
 */
public class TeamRemovalBrowserTest extends BrowserTestSupport {
    private static final String PARTNER = "ito.yumi";

    @Test
    public void removingAMemberIsConfirmedAndOfferedOnlyAsTheRolesAllow() throws Exception {
        long casePage = DemoCase.page(workbench());

        signInAs("watanabe.makoto");
        open("/pages/" + casePage);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-case")));
        for (String staff : new String[] {"kato.rie", "tanaka.naoki", PARTNER, "sato.hanako"}) {
            assertEquals(staff, 0, browser.findElements(removeForm(staff)).size());
        }
        assertEquals("the company's own people are offered", 1, browser.findElements(removeForm("kobayashi.sho")).size());

        signInAs("kato.rie");
        open("/pages/" + casePage);
        WebElement remove = waitFor(ExpectedConditions.presenceOfElementLocated(removeForm(PARTNER)))
                .findElement(By.cssSelector("button[type='submit']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", remove);
        remove.click();
        String question = waitFor(ExpectedConditions.alertIsPresent()).getText();
        assertTrue(question, question.contains("伊藤") || question.contains("Ito"));
        browser.switchTo().alert().dismiss();
        assertEquals("dismissed: still on the team", 1, browser.findElements(removeForm(PARTNER)).size());
        screenshot("team-removal-dismissed");

        remove.click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitFor(driver -> driver.findElements(removeForm(PARTNER)).isEmpty());
        assertEquals("the last center coach is not offered for removal", 0, browser.findElements(removeForm("tanaka.naoki")).size());
        screenshot("team-removal-done");
    }

    private static By removeForm(String username) {
        return By.cssSelector(".jobcoach-case form[data-method='DELETE'][data-path$='/team/wbkey-" + username + "']");
    }
}
