package jp.jobcoach.workbench.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the *BrowserTest classes: the workbench in-process (the real plugin descriptor, demo data, in-memory H2)
 * and Debian's headless chromium through /usr/bin/chromedriver. Selenium Manager is never used, so nothing is
 * downloaded. Screenshots go to target/screenshots/NAME.png.
 */
public abstract class BrowserTestSupport {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static Workbench workbench;
    protected WebDriver browser;
    private Path profile;

    /** The workbench starts once for all browser tests of a class. */
    protected static Workbench workbench() {
        if (workbench == null) {
            WorkbenchConfig config = WorkbenchConfig.inMemory("browser-test");
            workbench = Workbench.start(config);
        }
        return workbench;
    }

    @AfterClass
    public static void stopWorkbench() {
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
    }

    @Before
    public void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null && !installed) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        Assume.assumeTrue("chromium and chromium-driver are installed (.ci/run installs them)", installed);
        workbench();
        profile = Files.createTempDirectory("wb-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=ja", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @After
    public void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Signs in through the switcher, as a person would. */
    protected void signInAs(String username) {
        browser.get(workbench.baseUrl() + "/switcher");
        browser.findElement(By.cssSelector("button[data-username='" + username + "']")).click();
        // the click posts a form; wait for its redirect so the session cookie is set before the next get
        waitFor(driver -> !driver.getCurrentUrl().contains("/switcher"));
    }

    /**
     * Waits up to 15 s for {@code condition}. Forms reload the page after a save, so an element can vanish while it
     * is being read; those transient errors mean "not yet", not failure.
     */
    protected <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    protected void open(String path) {
        browser.get(workbench.baseUrl() + path);
    }

    /**
     * A counselor (kato.rie) on the home page of a case opened over REST, which has none of its pages yet; its page
     * titles carry the worker's name, as chosen on the start form.
     */
    protected void openCaseWithoutPages(String worker) {
        long home = workbench().host().pages().createPage(DemoSeeder.SPACE_KEY, casesPage(), "ケース：" + worker,
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", "kato.rie");
        signInAs("kato.rie");
        open("/pages/" + home);
        ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/rest/jobcoach/1.0/cases', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({creatorRole: 'COUNSELOR',"
                + " case: {worker: {displayName: arguments[0]}, supports: [], titles: 'WORKER_NAME', rootPageId: " + home
                + "}})}).then(done, done);",
                worker);
        browser.navigate().refresh();
    }

    /** The demo space's parent page of the case pages. */
    protected long casesPage() {
        return workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
    }

    protected Path screenshot(String name) throws IOException {
        Path target = Paths.get(System.getProperty("build.directory", "target"), "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
