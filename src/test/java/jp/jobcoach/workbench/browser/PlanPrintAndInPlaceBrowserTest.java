package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15 §13 and §3 for the plan and the accommodations, on the demo case of 佐藤 花子: the plan macro's print link
 * opens the 支援計画書 on A4 (its print CSS, its sections in order, in Japanese for a Japanese reader, each party's
 * agreement); saving a plan revision, recording an agreement on paper, and
 * adding, editing and lifting an accommodation update the macro in place — no reload (a marker set on the window
 * survives), the saved record in view where the reader was, and an announced confirmation.
 */
public class PlanPrintAndInPlaceBrowserTest extends BrowserTestSupport {
    private static final String PLAN_PAGE = "佐藤 花子：支援計画";
    private static final String ACCOMMODATIONS_PAGE = "佐藤 花子さんの就業上の配慮";
    private static final String ANNOUNCE = "[data-jobcoach-announce]";

    @Test
    public void thePrintLinkOpensThePlanOnA4InTheReadersLanguage() throws Exception {
        signInAs("tanaka.naoki");
        open(page(PLAN_PAGE));
        WebElement link = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jobcoach-plan .jobcoach-print a")));
        assertEquals("計画書を印刷（A4）", link.getText());
        assertEquals("_blank", link.getAttribute("target"));
        browser.get(link.getAttribute("href"));

        assertEquals("ja", script("return document.documentElement.lang;"));
        assertEquals("the printed page is A4", "a4", String.valueOf(script("for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) {"
                + " if (rule instanceof CSSPageRule) { return rule.style.getPropertyValue('size'); } } } return '';")).toLowerCase(java.util.Locale.ROOT).split(" ")[0]);
        assertEquals("a print rule keeps headings with what follows", Boolean.TRUE, script("for (const sheet of document.styleSheets) {"
                + " for (const rule of sheet.cssRules) { if (rule.selectorText && rule.selectorText.startsWith('h3')"
                + " && rule.style.getPropertyValue('break-after') === 'avoid') { return true; } } } return false;"));
        assertEquals("no interactive chrome", 0L, script("return document.querySelectorAll('script, form, button, input').length;"));
        List<String> headings = browser.findElements(By.cssSelector("main section > h3")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1. ケースの概要", "2. 現状と支援の方向性", "3. それぞれの目標と課題", "4. 支援の内容と予定",
                "5. 関係機関・協力者", "6. 同意"), headings);
        String worker = browser.findElement(By.xpath("//section[contains(@class,'print-case')]//tr[th[.='本人']]/td")).getText();
        assertEquals("the worker by name, though the case names them by their account", "佐藤 花子", worker);
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text, text.contains("支援計画書") && text.contains("佐藤 花子") && text.contains("目標（センター）")
                && text.contains("集中支援期"));
        // each party: agreed in the product, on paper, or lines to sign
        List<String> parties = browser.findElements(By.cssSelector(".print-agreement .agreement h4")).stream().map(WebElement::getText).toList();
        assertTrue(String.valueOf(parties), parties.containsAll(List.of("本人", "企業", "職業センター")));
        // Japanese renders in a Japanese font, not as boxes: a kanji is as wide as the font's em, a Latin letter narrower
        assertEquals(Boolean.TRUE, script("const c = document.createElement('canvas').getContext('2d');"
                + " c.font = '20px ' + getComputedStyle(document.body).fontFamily;"
                + " const kanji = c.measureText('支').width, latin = c.measureText('i').width;"
                + " return kanji > 15 && kanji < 25 && latin < kanji;"));
        screenshot("plan-print-a4");
        script("document.querySelector('.print-support').scrollIntoView();");
        screenshot("plan-print-a4-support");
        script("document.querySelector('.print-agreement').scrollIntoView();");
        screenshot("plan-print-a4-agreement");
    }

    @Test
    public void aNewRevisionAndAPaperAgreementUpdateThePlanInPlace() throws Exception {
        signInAs("kato.rie");
        open(page(PLAN_PAGE));
        script("window.notReloaded = true;");
        WebElement summary = waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class, 'jobcoach-plan')]//details[.//form[@data-method='PUT']]/summary")));
        summary.click();
        String form = ".jobcoach-plan form[data-method='PUT']";
        WebElement center = browser.findElement(By.cssSelector(form + " textarea[name='plan.centerGoals']"));
        center.clear();
        center.sendKeys("移行支援期のうちに社内の支えへ引き継ぐ");
        WebElement visits = browser.findElement(By.cssSelector(form + " input[name='plan.timeline.visits.INTENSIVE.count']"));
        visits.clear();
        visits.sendKeys("3");
        new Select(browser.findElement(By.cssSelector(form + " select[name='plan.timeline.visits.INTENSIVE.per']"))).selectByValue("WEEK");
        browser.findElement(By.cssSelector(form + " button[type='submit']")).click();

        WebElement status = browser.findElement(By.cssSelector(".jobcoach-plan " + ANNOUNCE));
        waitFor(ExpectedConditions.textToBePresentInElement(status, "Saved as revision"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("the page was not reloaded", Boolean.TRUE, script("return window.notReloaded === true;"));
        WebElement current = browser.findElement(By.cssSelector(".jobcoach-plan section[id*='-current-']"));
        assertTrue(current.getText(), current.getText().contains("移行支援期のうちに社内の支えへ引き継ぐ"));
        assertInView("the saved revision", current.findElement(By.tagName("h3")));
        assertInView("the confirmation", status);
        assertEquals("the focus on the saved revision", current, browser.switchTo().activeElement());
        String phases = browser.findElement(By.xpath("//section[h3[contains(., 'Phase dates')]]")).getText();
        assertTrue(phases, phases.contains("3 visits per week"));
        screenshot("plan-saved-in-place");

        // the worker's agreement given on paper, recorded in place: the agreement table keeps its place on the screen
        WebElement paper = browser.findElement(By.cssSelector(".jobcoach-plan form[data-path$='/plan/agreements/paper']"));
        script("arguments[0].scrollIntoView({block: 'center'});", paper);
        WebElement agreement = browser.findElement(By.cssSelector(".jobcoach-plan section[id$='-agreement']"));
        long before = top(agreement);
        new Select(paper.findElement(By.name("role"))).selectByValue("WORKER");
        script("arguments[0].value = arguments[1];", paper.findElement(By.name("signedOn")), LocalDate.now().toString());
        new Select(paper.findElement(By.name("method"))).selectByValue("SIGNED_IN_PERSON");
        paper.findElement(By.name("signer")).sendKeys("佐藤 花子");
        paper.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".jobcoach-plan " + ANNOUNCE), "agreement on paper"));
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true;"));
        WebElement agreed = browser.findElement(By.cssSelector(".jobcoach-plan section[id$='-agreement']"));
        String agreedText = agreed.getText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(agreedText, agreedText.contains("agreed on paper") && agreedText.contains("佐藤 花子"));
        assertTrue("the agreement table stayed where it was: " + before + " / " + top(agreed), Math.abs(top(agreed) - before) <= 2);
    }

    @Test
    public void addingEditingAndLiftingAnAccommodationKeepTheReadersPlace() throws Exception {
        signInAs("nakamura.megumi");
        open(page(ACCOMMODATIONS_PAGE));
        script("window.notReloaded = true;");
        WebElement status = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".jobcoach-accommodations " + ANNOUNCE)));

        // a new one: it comes where the form was, in view, announced by its title
        browser.findElement(By.cssSelector(".jobcoach-accommodations details > summary")).click();
        WebElement create = browser.findElement(By.cssSelector(".jobcoach-accommodations form[data-method='POST'][data-path$='/accommodations']"));
        create.findElement(By.name("accommodation.title")).sendKeys("顧客対応を減らす");
        create.findElement(By.name("accommodation.stopConditions")).sendKeys("苦情対応が続いたら見直す");
        create.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElement(status, "保存しました：顧客対応を減らす"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true;"));
        WebElement added = browser.findElement(By.xpath("//article[contains(@class,'jobcoach-accommodation')][.//h4[contains(., '顧客対応を減らす')]]"));
        assertInView("the new accommodation", added.findElement(By.tagName("h4")));
        assertInView("the confirmation", status);

        // an edit further down the page: the record stays where it was on the screen
        List<WebElement> articles = browser.findElements(By.cssSelector(".jobcoach-accommodations article.jobcoach-accommodation"));
        WebElement last = articles.get(articles.size() - 1);
        String id = last.getAttribute("id");
        WebElement edit = last.findElement(By.cssSelector("details > summary"));
        script("arguments[0].scrollIntoView({block: 'center'});", edit);
        edit.click();
        WebElement title = last.findElement(By.name("accommodation.title"));
        String newTitle = title.getAttribute("value") + "（改）";
        title.sendKeys("（改）");
        // the reader scrolled down to the button; where the record stands then is the place to keep
        WebElement save = last.findElement(By.cssSelector("form[data-method='PUT'] button[type='submit']"));
        script("arguments[0].scrollIntoView({block: 'center'});", save);
        long before = top(last);
        save.click();
        waitFor(ExpectedConditions.textToBePresentInElement(status, "保存しました：" + newTitle));
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true;"));
        WebElement edited = browser.findElement(By.id(id));
        assertTrue(edited.getText().contains(newTitle));
        assertTrue("its editor stays open", edited.findElement(By.cssSelector("form[data-method='PUT']")).isDisplayed());
        assertTrue("the page is scrolled down", ((Number) script("return window.scrollY;")).longValue() > 0);
        // at the very end of the page the browser may hold it a few pixels off: the confirmation's line is not quite as tall
        // as the "saving" line it replaces, and a page cannot scroll past its end
        assertTrue("kept its place: " + before + " / " + top(edited), Math.abs(top(edited) - before) <= 8);
        assertEquals("the focus on the saved record", edited, browser.switchTo().activeElement());
        screenshot("accommodation-saved-in-place");

        // a lift, after its question: in place as well, the approver named
        List<WebElement> lifts = browser.findElements(By.cssSelector(".jobcoach-accommodations form[data-path$='/lift'] button[type='submit']"));
        assertFalse("the demo has a step to lift", lifts.isEmpty());
        WebElement lifted = lifts.get(0).findElement(By.xpath("ancestor::article"));
        String liftedId = lifted.getAttribute("id");
        lifts.get(0).click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(ExpectedConditions.textToBePresentInElement(status, "を解除しました"));
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true;"));
        assertTrue(browser.findElement(By.id(liftedId)).getText().contains("中村 恵"));

        // someone else saves the accommodation first: the nurse's typed text stays, with what is stored now beside it
        WebElement mine = browser.findElement(By.id(id));
        mine.findElement(By.cssSelector("details > summary")).click();
        long accommodationId = Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
        Object theirs = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const base = '/rest/jobcoach/1.0' + arguments[0].replace('/html', '');"
                + "fetch(base, {credentials: 'same-origin'}).then(r => r.json()).then(list => {"
                + " const stored = list.accommodations.find(a => a.id === arguments[1]);"
                + " stored.value.title = '他の人の題名';"
                + " return fetch(base + '/' + stored.id, {method: 'PUT', credentials: 'same-origin', headers: {'Content-Type':"
                + " 'application/json', 'X-Atlassian-Token': 'no-check'}, body: JSON.stringify({version: stored.version,"
                + " accommodation: stored.value})}); }).then(r => done(r.status)).catch(e => done('error ' + e));",
                mine.findElement(By.cssSelector("form[data-jobcoach-refresh]")).getAttribute("data-jobcoach-refresh"), accommodationId);
        assertEquals(200L, theirs);
        WebElement myTitle = mine.findElement(By.name("accommodation.title"));
        myTitle.clear();
        myTitle.sendKeys("私の題名");
        WebElement put = mine.findElement(By.cssSelector("form[data-method='PUT']"));
        put.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement stored = waitFor(ExpectedConditions.visibilityOf(put.findElement(By.cssSelector("[data-field='title'] .jobcoach-server-value"))));
        assertTrue(stored.getText(), stored.getText().contains("他の人の題名"));
        assertEquals("the typed text stays", "私の題名", myTitle.getAttribute("value"));
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true;"));
    }

    private void assertInView(String what, WebElement element) {
        assertEquals(what + " is in view", Boolean.TRUE, script("var box = arguments[0].getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;", element));
    }

    private long top(WebElement element) {
        return Math.round(((Number) script("return arguments[0].getBoundingClientRect().top;", element)).doubleValue());
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private String page(String title) {
        return "/pages/" + workbench().host().pages().pageByTitle(DemoSeeder.SPACE_KEY, title).orElseThrow().getId();
    }
}
