package jp.jobcoach.workbench.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.Test;

/**
 * The team form's people picker as a counselor uses it with the keyboard: part of a Japanese name, the arrow keys to
 * the person, Enter to pick; the person joins the team.
 */
public class PeoplePickerBrowserTest extends BrowserTestSupport {
    private static final String ADD_FORM = ".jobcoach-case form[data-path$='/team'][data-method='POST']";

    @Test
    public void aCounselorAddsATeamMemberByPartOfTheirNameChosenWithTheArrowKeys() throws Exception {
        WebElement form = openedAddForm("山口 葵");
        WebElement input = form.findElement(By.cssSelector("[role='combobox']"));
        WebElement listbox = browser.findElement(By.id(input.getAttribute("aria-controls")));
        assertEquals("false", input.getAttribute("aria-expanded"));

        // 藤: 佐藤 花子, 伊藤 由美 and 加藤 理恵 (the counselor herself) have it in their names
        input.sendKeys("藤");
        waitFor(driver -> "true".equals(input.getAttribute("aria-expanded")));
        List<String> names = options(listbox).stream().map(WebElement::getText).toList();
        assertEquals(names.toString(), 3, names.size());
        int ito = indexOf(names, "伊藤 由美");
        for (int down = 0; down <= ito + 1; down++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        input.sendKeys(Keys.ARROW_UP);
        WebElement active = browser.findElement(By.id(input.getAttribute("aria-activedescendant")));
        assertTrue(active.getText(), active.getText().contains("伊藤 由美"));
        assertEquals("true", active.getAttribute("aria-selected"));
        assertEquals("focus stays in the input", input, browser.switchTo().activeElement());
        screenshot("people-picker-suggestions");

        input.sendKeys(Keys.ENTER);
        assertEquals("Enter picks rather than submits", "ito.yumi", input.getAttribute("value"));
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertEquals("", input.getAttribute("aria-activedescendant"));
        new Select(form.findElement(By.name("member.role"))).selectByValue("CENTER_COACH");
        new Select(form.findElement(By.name("member.slot"))).selectByValue("SECONDARY");
        screenshot("people-picker-picked");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-case table")).getText().contains("伊藤 由美"));
        screenshot("people-picker-member-added");
    }

    @Test
    public void escapeClosesTheSuggestionsAndAUserNameTypedInFullIsAddedWithoutPicking() throws Exception {
        WebElement form = openedAddForm("山口 蓮");
        WebElement input = form.findElement(By.cssSelector("[role='combobox']"));
        input.sendKeys("yamamoto");
        waitFor(driver -> "true".equals(input.getAttribute("aria-expanded")));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        input.sendKeys(".daisuke");
        new Select(form.findElement(By.name("member.role"))).selectByValue("SUPERVISOR");
        // Enter with no suggestion active sends the form as typed
        waitFor(driver -> "true".equals(input.getAttribute("aria-expanded")));
        input.sendKeys(Keys.ENTER);
        waitFor(driver -> driver.findElement(By.cssSelector(".jobcoach-case table")).getText().contains("山本 大輔"));
    }

    @Test
    public void theMouseChoosesToo() throws Exception {
        WebElement form = openedAddForm("山口 陽");
        WebElement input = form.findElement(By.cssSelector("[role='combobox']"));
        input.sendKeys("中");
        waitFor(driver -> "true".equals(input.getAttribute("aria-expanded")));
        WebElement listbox = browser.findElement(By.id(input.getAttribute("aria-controls")));
        options(listbox).get(indexOf(options(listbox).stream().map(WebElement::getText).toList(), "中村 恵")).click();
        assertEquals("nakamura.megumi", input.getAttribute("value"));
        assertEquals("false", input.getAttribute("aria-expanded"));
    }

    /** A new case for {@code worker}, its team's add form unfolded. */
    private WebElement openedAddForm(String worker) {
        openCaseWithoutPages(worker);
        WebElement form = waitFor(driver -> driver.findElement(By.cssSelector(ADD_FORM)));
        form.findElement(By.xpath("ancestor::details")).findElement(By.tagName("summary")).click();
        return form;
    }

    private static List<WebElement> options(WebElement listbox) {
        return listbox.findElements(By.cssSelector("[role='option']"));
    }

    private static int indexOf(List<String> texts, String name) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not among " + texts);
    }
}
