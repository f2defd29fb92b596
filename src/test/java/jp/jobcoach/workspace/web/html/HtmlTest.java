package jp.jobcoach.workspace.web.html;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class HtmlTest {
    @Test
    public void textEscapesMarkupAndKeepsEverythingElse() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html.text("<script>alert('x')</script>"));
        assertEquals("&quot; onmouseover=&quot;x&quot; &amp; &#96;", Html.text("\" onmouseover=\"x\" & `"));
        assertEquals("体調😀 𠮷 abc\u202Edef", Html.text("体調😀 𠮷 abc\u202Edef"));
        assertEquals("", Html.text(null));
    }

    @Test
    public void jsCannotLeaveTheStringOrTheScriptElement() {
        String escaped = Html.js("'; alert(1); //</script><script>\u2028\"\\");
        assertFalse(escaped.contains("'"));
        assertFalse(escaped.contains("\""));
        assertFalse(escaped.contains("<"));
        assertFalse(escaped.contains("\u2028"));
        assertEquals("\\u0027", Html.js("'"));
    }

    @Test
    public void hrefRefusesScriptSchemes() {
        assertEquals("#", Html.href("javascript:alert(1)"));
        assertEquals("#", Html.href("  JaVaScRiPt:alert(1)"));
        assertEquals("#", Html.href("data:text/html,<script>"));
        assertEquals("#", Html.href("java\tscript:alert(1)"));
        assertEquals("#", Html.href(null));
        assertEquals("/pages/viewpage.action?pageId=1&amp;x=&quot;", Html.href("/pages/viewpage.action?pageId=1&x=\""));
        assertEquals("https://example.org/a", Html.href("https://example.org/a"));
    }

    @Test
    public void urlComponentEncodesEverythingReserved() {
        assertEquals("a%20b%26c%3D%E4%BD%90", Html.urlComponent("a b&c=佐"));
    }
}
