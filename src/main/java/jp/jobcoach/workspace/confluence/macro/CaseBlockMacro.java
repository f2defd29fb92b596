package jp.jobcoach.workspace.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * A body-less block macro that shows one case's data. Finding the case, the viewer's language and the output
 * mode, and the neutral box for everyone who may not see it, are {@link MacroSupport}'s; a subclass only says
 * what to show of a case the viewer may see.
 */
abstract class CaseBlockMacro implements Macro {
    protected final MacroSupport support;
    private final String name;

    CaseBlockMacro(MacroSupport support, String name) {
        this.support = support;
        this.name = name;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(name, parameters, context, this::render);
    }

    /** The macro's HTML for a case the viewer may see. */
    protected abstract String render(long caseId, ViewContext view);

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
