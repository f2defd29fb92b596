package jp.jobcoach.workbench.blueprint;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.plugin.PluginModules.Blueprint;
import jp.jobcoach.workbench.plugin.PluginModules.ChildTemplate;
import jp.jobcoach.workbench.plugin.PluginModules.ContentTemplate;

/**
 * The workbench's "create from template": runs a blueprint's context provider on the wizard's fields, then makes
 * its first page from its content template and, a workbench convenience, the child pages it lists, all with the
 * template variables and translations filled in.
 */
public final class BlueprintRunner {
    private final List<Blueprint> blueprints;
    private final Map<String, ContentTemplate> templates;
    private final PageStore pages;
    private final I18nResolver i18n;
    private final Function<Class<?>, Object> modules;

    /** A provider refused the input; its message is for the user (the plugin translated it). */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param modules makes (or returns) the plugin container's instance of a module class
     */
    public BlueprintRunner(List<Blueprint> blueprints, Map<String, ContentTemplate> templates, PageStore pages,
                           I18nResolver i18n, Function<Class<?>, Object> modules) {
        this.blueprints = List.copyOf(blueprints);
        this.templates = Map.copyOf(templates);
        this.pages = pages;
        this.i18n = i18n;
        this.modules = modules;
    }

    public List<Blueprint> blueprints() {
        return blueprints;
    }

    public String text(String key) {
        return i18n.getText(key);
    }

    /**
     * Creates the blueprint's page tree under {@code parent}; returns the first page's id.
     *
     * @throws Refused when the context provider refuses the fields or sets no title
     */
    public long create(Blueprint blueprint, Map<String, String> fields, Page parent, String creator) {
        WorkbenchBlueprintContext context = new WorkbenchBlueprintContext(parent.getSpaceKey());
        fields.forEach(context::put);
        ContentTemplate home = template(blueprint.homeTemplateKey());
        if (home.contextProvider() != null) {
            update(home.contextProvider(), context);
        }
        if (context.title() == null || context.title().isBlank()) {
            throw new Refused("The template set no title. / テンプレートがタイトルを設定しませんでした。");
        }
        long homeId = pages.createPage(parent.getSpaceKey(), parent.getId(), context.title(), body(home, context), creator);
        for (ChildTemplate child : blueprint.children()) {
            Object title = context.get(child.titleVariable());
            pages.createPage(parent.getSpaceKey(), homeId, String.valueOf(title), body(template(child.templateKey()), context), creator);
        }
        return homeId;
    }

    /** Confluence calls the protected method through the provider's getContextMap, which is not declared here. */
    private void update(Class<?> providerClass, BlueprintContext context) {
        try {
            Method update = AbstractBlueprintContextProvider.class.getDeclaredMethod("updateBlueprintContext", BlueprintContext.class);
            update.setAccessible(true);
            update.invoke(modules.apply(providerClass), context);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw new Refused(refused.getMessage());
            }
            throw new IllegalStateException(providerClass.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(providerClass.getName() + " is not a blueprint context provider", e);
        }
    }

    private String body(ContentTemplate template, BlueprintContext context) {
        return TemplateText.fill(resource(template.location()), context::get, i18n::getText);
    }

    private ContentTemplate template(String key) {
        ContentTemplate template = templates.get(key);
        if (template == null || template.location() == null) {
            throw new IllegalStateException("atlassian-plugin.xml has no content-template '" + key + "' with a template resource");
        }
        return template;
    }

    private static String resource(String location) {
        try (InputStream in = BlueprintRunner.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("content template " + location + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
