package jp.jobcoach.workbench.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.velocity.htmlsafe.HtmlFragment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The workbench renders templates as Confluence's template renderer does, and fails where Confluence would hide a mistake. */
public class VelocityTemplateRendererTest {
    private static final String HOSTILE = "<b onclick=\"x()\">'&'</b>";
    private static final String ESCAPED = "&lt;b onclick=&quot;x()&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;";

    /** Stands in for a plugin class that templates read. */
    public static final class Tool {
        public String label(String text) {
            return text;
        }

        public String labelHtml(String text) {
            return text;
        }

        public String renderBox(String text) {
            return text;
        }

        public String getTitle() {
            return HOSTILE;
        }
    }

    private static final String TOOL = Tool.class.getName();
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(Set.of(
            TOOL + "#label(java.lang.String)", TOOL + "#labelHtml(java.lang.String)", TOOL + "#renderBox(java.lang.String)"));

    private String render(String fragment, Object... keysAndValues) {
        Map<String, Object> context = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            context.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return renderer.renderFragment(fragment, context);
    }

    @Test
    public void escapesEveryInsertedValue() {
        assertEquals(ESCAPED, render("$x", "x", HOSTILE));
        assertEquals(ESCAPED, render("${x}", "x", HOSTILE));
        assertEquals(ESCAPED, render("$m.name", "m", Map.of("name", HOSTILE)));
        assertEquals(ESCAPED, render("$list.get(0)", "list", List.of(HOSTILE)));
        assertEquals(ESCAPED, render("#foreach($i in $list)$i#end", "list", List.of(HOSTILE)));
        assertEquals(ESCAPED, render("$tool.label($x)", "tool", new Tool(), "x", HOSTILE));
    }

    @Test
    public void leavesWhatAtlassianCallsHtmlSafeAsItIs() {
        assertEquals(HOSTILE, render("$boxHtml", "boxHtml", HOSTILE));
        assertEquals(HOSTILE, render("$!{bodyHTML}", "bodyHTML", HOSTILE));
        assertEquals(HOSTILE, render("$body", "body", HOSTILE));
        assertEquals(HOSTILE, render("$x", "x", new HtmlFragment(HOSTILE)));
        assertEquals(HOSTILE, render("$tool.labelHtml($x)", "tool", new Tool(), "x", HOSTILE));
        assertEquals(HOSTILE, render("$tool.renderBox($x)", "tool", new Tool(), "x", HOSTILE));
    }

    @Test
    public void escapesAPropertyNamedHtmlBecauseOnAMapConfluenceReadsItThroughGet() {
        assertEquals(ESCAPED, render("$m.boxHtml", "m", Map.of("boxHtml", HOSTILE)));
    }

    @Test
    public void failsOnAnUndefinedReferenceOrAMissingProperty() {
        assertThrows(RenderingException.class, () -> render("$typo"));
        assertThrows(RenderingException.class, () -> render("$m.missing.name", "m", Map.of()));
        assertThrows(RenderingException.class, () -> render("$tool.nosuch()", "tool", new Tool()));
    }

    @Test
    public void failsOnANullInsertedWithoutTheQuietNotation() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("name", null);
        assertThrows(RenderingException.class, () -> render("$m.name", "m", withNull));
        assertEquals("", render("$!m.name", "m", withNull));
    }

    @Test
    public void refusesAPluginMethodThatIsNotAllowListed() {
        RenderingException refused = assertThrows(RenderingException.class, () -> render("$tool.title", "tool", new Tool()));
        assertTrue(refused.getMessage(), refused.getMessage().contains(TOOL + "#getTitle()"));
        assertThrows(RenderingException.class, () -> render("$tool.getTitle()", "tool", new Tool()));
    }

    @Test
    public void refusesReflectionEvenOnAllowedTypes() {
        assertThrows(RenderingException.class, () -> render("$x.getClass().getName()", "x", "text"));
        assertThrows(RenderingException.class, () -> render("$x.class.name", "x", "text"));
    }

    @Test
    public void rendersTemplatesFromTheClasspathAndKnowsWhichExist() {
        assertTrue(renderer.resolve("templates/jobcoach/macros.vm"));
        assertTrue(!renderer.resolve("templates/no-such.vm"));
    }
}
