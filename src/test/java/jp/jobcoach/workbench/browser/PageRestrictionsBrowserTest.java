package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The case's pages follow its team in the page tree and on opening: another returned worker (Suzuki, not on Sato's
 * team) neither sees Sato's case pages in the tree nor opens them; added to the team as her supervisor, he sees the
 * home page and the pages a supervisor may see, not the condition page; removed again, they are gone.
 */
public class PageRestrictionsBrowserTest extends BrowserTestSupport {
    private static final String OTHER_WORKER = "suzuki.kenta";
    private static final String COUNSELOR = "kato.rie";
    private static final String HOME = "佐藤 花子さんの復職支援";
    private static final String PLAN = "佐藤 花子：支援計画";
    private static final String CONDITION = "佐藤 花子：体調";

    @Test
    public void anotherWorkerSeesTheCasePagesOnlyWhileOnTheTeam() throws Exception {
        long home = page(HOME);
        seesNothingOfTheCase(home);
        screenshot("restrictions-outsider-tree");

        signInAs(COUNSELOR);
        open("/pages/" + home);
        WebElement form = waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-case form[data-path$='/team'][data-method='POST']")));
        form.findElement(By.xpath("ancestor::details")).findElement(By.tagName("summary")).click();
        WebElement input = form.findElement(By.cssSelector("[role='combobox']"));
        // the user name typed in full, as the people picker takes it without a choice from its list
        input.sendKeys("suzuki");
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(".kenta");
        new Select(form.findElement(By.name("member.role"))).selectByValue("SUPERVISOR");
        input.sendKeys(Keys.ENTER);
        waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-case")).getText().contains("鈴木 健太"));
        String audience = browser.findElement(By.cssSelector(".jobcoach-page-audience")).getText();
        assertTrue(audience, audience.contains("Only the case team can see these pages") && audience.contains("鈴木 健太"));
        assertTrue(audience, audience.contains("Condition: only"));
        screenshot("restrictions-team-changed");

        signInAs(OTHER_WORKER);
        open("/pages/" + home);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-case")));
        String tree = sidebar();
        assertTrue(tree, tree.contains(HOME) && tree.contains(PLAN));
        assertFalse("a supervisor sees no health data", tree.contains(CONDITION));
        open("/pages/" + page(CONDITION));
        assertTrue(browser.getPageSource().contains("Page not found"));
        screenshot("restrictions-member-tree");

        signInAs(COUNSELOR);
        open("/pages/" + home);
        WebElement remove = waitFor(driver -> driver.findElement(
                By.cssSelector(".jobcoach-case form[data-method='DELETE'][data-path$='/team/wbkey-" + OTHER_WORKER + "']")));
        remove.findElement(By.cssSelector("button[type='submit']")).click();
        browser.switchTo().alert().accept();
        waitFor(driver -> !driver.findElement(By.cssSelector(".jobcoach-case")).getText().contains("鈴木 健太"));

        seesNothingOfTheCase(home);
    }

    /** In the tree at the parent of the case pages, Sato's case is not there; her pages, opened by address, are not found. */
    private void seesNothingOfTheCase(long home) {
        signInAs(OTHER_WORKER);
        open("/pages/" + casesPage());
        String tree = sidebar();
        assertTrue("his own case is there: " + tree, tree.contains("鈴木 健太さんの復職支援"));
        assertFalse(tree, tree.contains("佐藤 花子"));
        for (long pageId : new long[] {home, page(PLAN), page(CONDITION)}) {
            open("/pages/" + pageId);
            assertTrue(pageId + " opens", browser.getPageSource().contains("Page not found"));
            assertTrue(browser.findElements(By.cssSelector(".jobcoach-macro")).isEmpty());
        }
    }

    private String sidebar() {
        return browser.findElement(By.cssSelector(".wb-sidebar")).getText();
    }

    private static long page(String title) {
        return workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }
}
