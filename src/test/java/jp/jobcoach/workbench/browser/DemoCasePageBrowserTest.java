package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workbench.demo.DemoCase;
import org.junit.Test;
import org.openqa.selenium.By;

/** Smoke test: a coach opens a demo worker's case page; the screenshot shows it. */
public class DemoCasePageBrowserTest extends BrowserTestSupport {
    @Test
    public void coachOpensTheDemoCasePage() throws Exception {
        long casePage = DemoCase.page(workbench());
        signInAs("tanaka.naoki");
        open("/pages/" + casePage);
        assertEquals("佐藤 花子さんの復職支援", browser.findElement(By.cssSelector(".wb-page-title")).getText());
        assertTrue(browser.findElement(By.cssSelector(".wb-sidebar")).getText().contains("佐藤 花子さんの訪問記録"));
        screenshot("demo-case-page");
    }
}
