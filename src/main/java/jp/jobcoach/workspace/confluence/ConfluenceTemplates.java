package jp.jobcoach.workspace.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import jp.jobcoach.workspace.port.Templates;

/** The {@link Templates} port over Atlassian's template renderer, which loads templates from the plugin's jar. */
@Named
public class ConfluenceTemplates implements Templates {
    private final TemplateRenderer renderer;

    @Inject
    public ConfluenceTemplates(@ComponentImport TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return out.toString();
    }
}
