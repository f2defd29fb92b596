package jp.jobcoach.workbench.testplugin;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.Map;
import jakarta.inject.Inject;
import jp.jobcoach.workbench.web.Html;

/** The test plugin's macro: greets the "name" parameter in the viewer's language and shows the output type. */
public class GreetingMacro implements Macro {
    private final I18nResolver i18n;

    @Inject
    public GreetingMacro(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        if (parameters.containsKey("fail")) {
            throw new MacroExecutionException("broken <on purpose>");
        }
        return "<span class=\"test-greeting\" data-output=\"" + Html.escape(context.getOutputType()) + "\">"
                + Html.escape(i18n.getText("testplugin.greeting", parameters.get("name"))) + "</span>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.INLINE;
    }
}
