package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The occupational-health nurse on a demo case's audit log: the chain checks intact on request, a filter asks the server
 * for the matching rows; and on another case she deletes the case on request, a reason required, after confirming.
 */
public class AuditAndDeletionBrowserTest extends BrowserTestSupport {
    private static final String ROWS = ".jobcoach-audit table tbody tr";

    @Test
    public void theNurseFiltersTheLogByActionOnTheServer() throws Exception {
        signInAs("nakamura.megumi");
        open(page("佐藤 花子さんの監査ログ"));
        browser.findElement(By.cssSelector("[data-jobcoach-audit-check]")).click();
        waitFor(driver -> browser.findElement(By.cssSelector(".jobcoach-audit-chain")).getText()
                .contains("ログは記録されたときのままです"));
        int before = count(ROWS);
        assertTrue("the demo case has a log", before > 0);

        new Select(browser.findElement(By.cssSelector("[data-jobcoach-audit-filter] select[name='action']")))
                .selectByValue("CREATE");
        browser.findElement(By.cssSelector("[data-jobcoach-audit-filter] button[type='submit']")).click();
        waitFor(driver -> count(ROWS) > 0 && actions().stream().allMatch("作成"::equals));
        screenshot("audit-filtered");

        new Select(browser.findElement(By.cssSelector("[data-jobcoach-audit-filter] select[name='action']")))
                .selectByValue("EXPORT");
        browser.findElement(By.cssSelector("[data-jobcoach-audit-filter] button[type='submit']")).click();
        waitFor(driver -> count(ROWS) == 0 && browser.findElement(By.cssSelector(".jobcoach-audit-empty")).isDisplayed());
    }

    @Test
    public void theNurseDeletesACaseWithAReasonAfterConfirming() throws Exception {
        signInAs("nakamura.megumi");
        // Takahashi's case is the demo's case titled by its number (docs/decisions.md #16)
        String auditPage = neutralCasePage("：監査ログ");
        open(auditPage);
        browser.findElement(By.xpath("//summary[contains(., 'このケースを削除')]")).click();
        WebElement form = browser.findElement(By.cssSelector("form[data-path$='/deletion']"));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitFor(driver -> !form.findElement(By.cssSelector(".jobcoach-field-error")).getText().isEmpty());
        assertTrue("a reason is required", form.findElement(By.cssSelector(".jobcoach-field-error")).getText().contains("理由"));

        form.findElement(By.cssSelector("textarea[name='reason']")).sendKeys("本人からの削除請求（2026-12-01 受付）");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().dismiss();
        assertEquals("dismissing keeps the case", 1, browser.findElements(By.cssSelector("form[data-path$='/deletion']")).size());

        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().accept();
        waitFor(driver -> browser.getPageSource().contains("表示できる内容はありません"));
        screenshot("case-deleted");
        open(neutralCasePage(""));
        assertTrue("the case panel shows nothing of the case any more",
                browser.getPageSource().contains("表示できる内容はありません"));
    }

    @Test
    public void anAdministratorSetsTheRetentionPeriodFromTheAuditView() throws Exception {
        signInAs("admin");
        open(page("鈴木 健太さんの監査ログ"));
        browser.findElement(By.xpath("//summary[contains(., 'Change the retention period')]")).click();
        WebElement years = browser.findElement(By.cssSelector("form[data-path='/retention'] input[name='years']"));
        years.clear();
        years.sendKeys("6");
        browser.findElement(By.cssSelector("form[data-path='/retention'] button[type='submit']")).click();
        waitFor(driver -> browser.getPageSource().contains("Closed cases are deleted 6 years after they were closed"));
        screenshot("retention-set");
    }

    private List<String> actions() {
        return browser.findElements(By.cssSelector(ROWS)).stream()
                .map(row -> row.findElements(By.tagName("td")).get(2).getText()).toList();
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }

    /** The page of the demo's case titled by its number ("支援ケース 2026-0003…") whose title ends in {@code suffix}. */
    private String neutralCasePage(String suffix) {
        return "/pages/" + workbench().host().pages().pagesOf(DemoSeeder.SPACE_KEY).stream()
                .filter(page -> page.title().startsWith("支援ケース ") && page.title().endsWith(suffix)
                        && (!suffix.isEmpty() || !page.title().contains("：")))
                .findFirst().orElseThrow().id();
    }

    private int count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }
}
