package jp.jobcoach.workbench.blueprint;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.plugin.PluginModules.Blueprint;
import jp.jobcoach.workbench.plugin.PluginModules.ContentTemplate;
import jp.jobcoach.workspace.web.PageTemplate;

/**
 * The workbench's "create from template": runs a blueprint's context provider on the wizard's fields, then makes
 * the page from its content template with the template variables and translations filled in. One page, as in
 * Confluence: the case's other pages are made from the case panel (docs/decisions.md #9).
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
     * Creates the blueprint's page under {@code parent}; returns its id.
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
        return pages.createPage(parent.getSpaceKey(), parent.getId(), context.title(), body(home, context), creator);
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
        return PageTemplate.load(template.location()).fill(context::get, i18n::getText);
    }

    private ContentTemplate template(String key) {
        ContentTemplate template = templates.get(key);
        if (template == null || template.location() == null) {
            throw new IllegalStateException("atlassian-plugin.xml has no content-template '" + key + "' with a template resource");
        }
        return template;
    }
}
