package jp.jobcoach.workbench.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class StorageFormatRendererTest {
    /** Echoes what it was given, so the test sees parameters, body and context. */
    private static final Macro ECHO = new Macro() {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
            if (parameters.containsKey("fail")) {
                throw new MacroExecutionException("<b>broken</b>");
            }
            return "[echo " + parameters + " body=" + body + " space=" + context.getSpaceKey() + " out=" + context.getOutputType() + "]";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    };

    private final StorageFormatRenderer renderer = new StorageFormatRenderer(
            name -> name.equals("echo") ? Optional.of(ECHO) : Optional.empty(),
            (space, title) -> title.equals("Home") ? Optional.of("/pages/1") : Optional.empty());

    private String render(String storage) {
        Page page = new Page();
        page.setSpace(new Space("DEMO"));
        return renderer.render(storage, new WorkbenchConversionContext(page, "preview"));
    }

    @Test
    public void macroGetsParametersPlainBodyAndContext() {
        assertEquals("<p>a</p>[echo {x=1, y=two} body=<raw> & text space=DEMO out=preview]",
                render("<p>a</p><ac:structured-macro ac:name=\"echo\"><ac:parameter ac:name=\"x\">1</ac:parameter>"
                        + "<ac:parameter ac:name=\"y\">two</ac:parameter><ac:plain-text-body><![CDATA[<raw> & text]]></ac:plain-text-body>"
                        + "</ac:structured-macro>"));
    }

    @Test
    public void richTextBodyIsRenderedFirstIncludingNestedMacros() {
        assertEquals("[echo {} body=<p>in</p>[echo {} body= space=DEMO out=preview] space=DEMO out=preview]",
                render("<ac:structured-macro ac:name=\"echo\"><ac:rich-text-body><p>in</p><ac:structured-macro ac:name=\"echo\"/>"
                        + "</ac:rich-text-body></ac:structured-macro>"));
    }

    @Test
    public void textAndAttributesAreEscapedAndScriptsDropped() {
        assertEquals("<p title=\"&quot;q&quot;\">&lt;b&gt; &amp; \u00a0</p><a>x</a>",
                render("<p title='\"q\"' onclick=\"evil()\">&lt;b&gt; &amp; &nbsp;</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"));
    }

    @Test
    public void unknownAndFailingMacrosBecomeEscapedErrorBoxes() {
        String html = render("<ac:structured-macro ac:name=\"nope\"/><ac:structured-macro ac:name=\"echo\">"
                + "<ac:parameter ac:name=\"fail\">1</ac:parameter></ac:structured-macro><p>rest</p>");
        assertTrue(html, html.contains("Unknown macro / 不明なマクロ: nope"));
        assertTrue(html, html.contains("&lt;b&gt;broken&lt;/b&gt;"));
        assertTrue(html.endsWith("<p>rest</p>"));
    }

    @Test
    public void aMalformedFragmentCostsOnlyItself() {
        String html = render("<p>before</p><ac:structured-macro ac:name=\"echo\"><ac:parameter ac:name=\"x\">1</ac:structured-macro><p>after</p>");
        assertTrue(html, html.startsWith("<p>before</p><div class=\"aui-message aui-message-error wb-render-error\">"));
        assertTrue(html, html.endsWith("<p>after</p>"));
    }

    @Test
    public void pageLinksResolveByTitle() {
        assertEquals("<a href=\"/pages/1\">Home</a><span class=\"wb-missing-link\">Gone</span>",
                render("<ac:link><ri:page ri:content-title=\"Home\"/></ac:link><ac:link><ri:page ri:content-title=\"Gone\"/></ac:link>"));
    }
}
