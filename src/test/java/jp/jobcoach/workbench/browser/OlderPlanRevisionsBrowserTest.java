package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12: a plan with a long history shows its newest revisions with what they changed and the older ones as
 * compact rows; "more" appends the next page as the server rendered it, and an older revision opens with what it
 * changed, from the keyboard.
 */
public class OlderPlanRevisionsBrowserTest extends BrowserTestSupport {
    private static final String OLDER_ROWS = ".jobcoach-plan .jobcoach-older tbody tr";

    @Test
    public void moreAppendsOlderRevisionsAndOneOpensWithWhatItChanged() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        long planPage = workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：支援計画").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(planPage).orElseThrow();
        PlanStore plans = workbench().component(PlanStore.class);
        int current = plans.current(caseId).map(SupportPlan::current).map(PlanRevision::number).orElse(0);
        // more than a page of older revisions beyond the three shown in full, whatever the demo holds
        int added = PageRequest.DEFAULT_SIZE + 10;
        for (int i = 0; i < added; i++) {
            plans.addRevision(caseId, current, new PlanRevision(current + 1, StoreFixtures.planContent("改訂 " + (current + 1)),
                    "wbkey-tanaka.naoki", Instant.now()));
            current++;
        }

        signInAs("tanaka.naoki");
        open("/pages/" + planPage);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(OLDER_ROWS)));
        assertEquals(PageRequest.DEFAULT_SIZE, browser.findElements(By.cssSelector(OLDER_ROWS)).size());

        browser.findElement(By.cssSelector(".jobcoach-plan .jobcoach-older-more")).click();
        int all = current - 3;
        waitFor(driver -> driver.findElements(By.cssSelector(OLDER_ROWS)).size() == all);
        assertTrue("the last page: no more", !browser.findElement(By.cssSelector(".jobcoach-plan .jobcoach-older-more")).isDisplayed());

        // the revision just below those in full, opened from the keyboard: what it changed, focused
        int number = current - 3;
        WebElement open = browser.findElement(By.cssSelector(".jobcoach-plan .jobcoach-record-open[data-open$='/plan/revisions/"
                + number + "']"));
        open.sendKeys(Keys.ENTER);
        WebElement opened = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".jobcoach-plan .jobcoach-opened article.jobcoach-plan-revision")));
        WebElement heading = opened.findElement(By.tagName("h4"));
        assertEquals("第" + (number - 1) + "版から第" + number + "版への変更点", heading.getText());
        assertEquals(heading, browser.switchTo().activeElement());
        assertTrue(opened.getText(), opened.getText().contains("改訂 " + number));
        screenshot("older-plan-revision-opened");
    }
}
