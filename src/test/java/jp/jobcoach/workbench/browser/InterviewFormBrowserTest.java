package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.InterviewStore;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, the interview form as the in-company coach uses it after a meeting: Enter in a one-line field does not
 * save, the absence reason is off while the worker takes part, continuing an action proposes the next interview's
 * date, new actions are rows to add and remove from the keyboard, Ctrl+Enter saves and the saved record replaces the
 * form in place with an announced confirmation, the page keeps one editor and one guide, and a conflict shows only
 * what differs, in the form's words.
 */
public class InterviewFormBrowserTest extends BrowserTestSupport {
    private static final String NEW_FORM = ".jobcoach-interviews form[data-method='POST'][data-path$='/interviews']";
    private static final String EDIT_FORM = ".jobcoach-interviews form[data-method='PUT']";
    private static final String WORK_STATUS = "午前中は伝票入力に集中できた";
    private static final String NEW_ACTION = "昼休みに10分歩く";

    @Test
    public void theCoachRecordsAnInterviewFromTheKeyboardAndTheConflictShowsOnlyWhatDiffers() throws Exception {
        var pages = workbench().host().pages();
        long interviewsPage = pages.pageByTitle(DemoSeeder.SPACE_KEY, "鈴木 健太：定着面談").orElseThrow().getId();
        long caseId = workbench().component(CaseService.class).caseOfPage(interviewsPage).orElseThrow();
        InterviewStore store = workbench().component(InterviewStore.class);
        LocalDate today = LocalDate.now();
        LocalDate next = today.plusDays(21);

        signInAs("watanabe.makoto");
        open("/pages/" + interviewsPage);
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".jobcoach-interviews [data-new-record] summary"))).click();
        assertEquals("one guide in the page", 1, browser.findElements(By.cssSelector(".jobcoach-interviews .jobcoach-prompts")).size());
        assertEquals("the latest in full", 1, browser.findElements(By.cssSelector(".jobcoach-interviews article.jobcoach-interview")).size());
        script("window.notReloaded = true;");
        WebElement form = browser.findElement(By.cssSelector(NEW_FORM));
        setValue(NEW_FORM + " input[name='interview.date']", today.toString());
        setValue(NEW_FORM + " input[name='interview.nextDate']", today.plusDays(14).toString());

        // the worker took part (carried over from last time): no absence reason, until they are marked absent
        WebElement reason = form.findElement(By.name("interview.workerAbsentReason"));
        assertFalse("off while the worker takes part", reason.isEnabled());
        Select worker = workerRole(form);
        worker.selectByValue("");
        assertTrue(reason.isEnabled());
        worker.selectByValue("WORKER");
        assertFalse(reason.isEnabled());

        // last time's actions: continuing one proposes the next interview's date instead of its old one
        List<WebElement> outcomes = form.findElements(By.cssSelector("select[name^='interview.carriedActions.'][name$='.status']"));
        assertTrue("the demo's latest interview left actions open", outcomes.size() >= 2);
        new Select(outcomes.get(0)).selectByValue("CONTINUED");
        WebElement due = form.findElement(By.name("interview.carriedActions.0.dueDate"));
        assertEquals(today.plusDays(14).toString(), due.getAttribute("value"));
        // the next interview moves: so does the date proposed for it
        script("var next = document.querySelector(arguments[0]); next.value = arguments[1];"
                + " next.dispatchEvent(new Event('change', {bubbles: true}));", NEW_FORM + " input[name='interview.nextDate']", next.toString());
        assertEquals(next.toString(), due.getAttribute("value"));
        for (WebElement outcome : outcomes.subList(1, outcomes.size())) {
            new Select(outcome).selectByValue("DONE");
        }

        // Enter in a one-line field finishes the field; it does not send the form
        WebElement what = form.findElement(By.name("interview.newActions.0.what"));
        what.sendKeys("まちがい" + Keys.ENTER);
        assertEquals("nothing sent", "", form.findElement(By.cssSelector(".jobcoach-form-message")).getText());
        WebElement workStatus = form.findElement(By.name("interview.notes.workStatus"));
        workStatus.sendKeys("午前中は" + Keys.ENTER + "伝票入力に集中できた");
        assertEquals("Enter in a text area is a new line", "午前中は\n伝票入力に集中できた", workStatus.getAttribute("value"));
        workStatus.clear();
        workStatus.sendKeys(WORK_STATUS);

        // a second row from the keyboard; the first (the mistake) removed: the rows are numbered again
        WebElement add = form.findElement(By.cssSelector(".jobcoach-row-add"));
        add.sendKeys(Keys.ENTER);
        assertEquals(2, rows(form).size());
        assertEquals("the focus is in the new row", "interview.newActions.1.owner.userKey", browser.switchTo().activeElement().getAttribute("name"));
        new Select(browser.switchTo().activeElement()).selectByValue("wbkey-suzuki.kenta");
        form.findElement(By.name("interview.newActions.1.what")).sendKeys(NEW_ACTION);
        rows(form).get(0).findElement(By.cssSelector(".jobcoach-row-remove")).sendKeys(Keys.ENTER);
        assertEquals(1, rows(form).size());
        assertEquals("取り組み 1", rows(form).get(0).findElement(By.tagName("legend")).getText());
        assertEquals(NEW_ACTION, form.findElement(By.name("interview.newActions.0.what")).getAttribute("value"));
        screenshot("interview-form-rows");

        // Ctrl+Enter saves; the record replaces the form in place, its editor open, the confirmation beside the button
        form.findElement(By.name("interview.notes.workStatus")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement editor = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(EDIT_FORM)));
        WebElement status = editor.findElement(By.cssSelector(".jobcoach-form-message"));
        waitFor(ExpectedConditions.textToBePresentInElement(status, "保存しました：" + today + " の面談。"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("the page was not reloaded", Boolean.TRUE, script("return window.notReloaded === true;"));
        assertEquals("the focus stays in the field saved from", editor.findElement(By.name("interview.notes.workStatus")),
                browser.switchTo().activeElement());
        assertEquals("the confirmation is in view", Boolean.TRUE, script("var box = arguments[0].getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;", status));
        assertEquals("the form made its record", 0, browser.findElements(By.cssSelector(NEW_FORM)).size());
        assertEquals("one editor", 1, browser.findElements(By.cssSelector(EDIT_FORM)).size());
        WebElement record = editor.findElement(By.xpath("ancestor::article"));
        assertTrue(record.getText(), record.getText().contains(NEW_ACTION) && record.getText().contains(next.toString()));
        screenshot("interview-saved-in-place");

        // someone else saves first: the carried action dropped, the new one given to the center coach
        Stored<RetentionInterview> saved = store.latest(caseId).orElseThrow();
        assertEquals(today, saved.value().date());
        AgreedAction action = saved.value().newActions().get(0);
        RetentionInterview theirs = saved.value().resolve(saved.value().carriedActions().get(0).id(), ActionStatus.DROPPED, null, null)
                .withNewActions(List.of(new AgreedAction(action.id(), PersonRef.user("wbkey-tanaka.naoki"), action.what(),
                        action.dueDate(), action.status(), null, null, List.of())));
        store.update(saved.id(), saved.version(), theirs, "wbkey-tanaka.naoki", Instant.now());

        WebElement mine = editor.findElement(By.name("interview.notes.workStatus"));
        mine.sendKeys("。午後は眠気");
        editor.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(ExpectedConditions.textToBePresentInElement(status, "他の人"));
        List<WebElement> shown = editor.findElements(By.cssSelector(".jobcoach-server-value")).stream()
                .filter(WebElement::isDisplayed).toList();
        String slots = shown.stream().map(WebElement::getText).collect(Collectors.joining(" | "));
        assertEquals("only the fields that differ: " + slots, List.of("notes.workStatus", "carriedActions[0].status",
                "newActions[0].owner.displayName"), shown.stream().map(slot -> slot.findElement(By.xpath(".."))
                .getAttribute("data-field")).toList());
        assertTrue(slots, slots.contains(WORK_STATUS) && slots.contains("取りやめ") && slots.contains(
                new Select(editor.findElement(By.name("interview.newActions.0.owner.userKey"))).getOptions().stream()
                        .filter(option -> "wbkey-tanaka.naoki".equals(option.getAttribute("value"))).findFirst().orElseThrow().getText()));
        assertFalse("no internal values: " + slots, slots.contains("wbkey-") || slots.contains("DROPPED"));
        screenshot("interview-conflict");

        // saving again replaces theirs with mine, deliberately
        editor.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(driver -> store.find(saved.id()).orElseThrow().version() == saved.version() + 2);
        RetentionInterview now = store.find(saved.id()).orElseThrow().value();
        assertEquals(WORK_STATUS + "。午後は眠気", now.notes().workStatus());
        assertEquals("wbkey-suzuki.kenta", now.newActions().get(0).owner().userKey());
        assertEquals(ActionStatus.CONTINUED, now.carriedActions().get(0).status());
    }

    private static List<WebElement> rows(WebElement form) {
        return form.findElements(By.cssSelector("[data-jobcoach-item='interview.newActions']"));
    }

    /** The participant row whose roles include the worker's. */
    private static Select workerRole(WebElement form) {
        return form.findElements(By.cssSelector("select[name^='interview.participants.']")).stream()
                .filter(select -> !select.findElements(By.cssSelector("option[value='WORKER']")).isEmpty())
                .map(Select::new).findFirst().orElseThrow();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** A date input's typing rules follow the browser's locale; set the value as a date picker would. */
    private void setValue(String selector, String value) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).value = arguments[1];", selector, value);
    }
}
