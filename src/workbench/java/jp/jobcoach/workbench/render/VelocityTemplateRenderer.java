package jp.jobcoach.workbench.render;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The workbench's template renderer: Apache Velocity 1.7, the closest public relative of the Velocity 1.6.4 fork
 * inside Confluence, set up to behave as Confluence's {@code TemplateRenderer} does, and stricter where that
 * costs nothing:
 * <ul>
 *   <li>every inserted reference is HTML-escaped unless Atlassian's rules call it HTML-safe ({@link HtmlAutoEscape});</li>
 *   <li>a template may call a method of a non-JDK class only if the plugin's {@code <velocity-allowlist>} names it,
 *       as Confluence 9 enforces ({@link AllowlistUberspect}); the workbench fails the render where Confluence
 *       would log and print nothing, so a missing entry shows in tests;</li>
 *   <li>strict references: an undefined reference, a missing property or a null inserted without {@code $!} fails
 *       the render instead of printing {@code $foo}.</li>
 * </ul>
 * Templates load from the classpath (the plugin's {@code templates/*.vm}) and are parsed once.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();

    /** @param allowlist the {@code <method>} entries of the plugin's velocity-allowlist modules */
    public VelocityTemplateRenderer(Set<String> allowlist) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        settings.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("classpath.resource.loader.cache", "true");
        settings.setProperty("classpath.resource.loader.modificationCheckInterval", "-1");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        settings.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        settings.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlAutoEscape.class.getName());
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        settings.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, Set.copyOf(allowlist));
        engine.init(settings);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (VelocityException e) {
            throw new RenderingException(templateName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(new VelocityContext(new HashMap<>(context)), out, "fragment", fragment);
        } catch (VelocityException e) {
            throw new RenderingException("fragment: " + e.getMessage(), e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }
}
