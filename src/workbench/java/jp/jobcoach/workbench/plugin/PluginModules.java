package jp.jobcoach.workbench.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The module classes the descriptor declares, grouped the way the workbench serves them. */
public final class PluginModules {
    /** A {@code <rest path="/jobcoach" version="1.0">} module: mounted at /rest/jobcoach/1.0/. */
    public record RestModule(String key, String mountPath, List<Class<?>> resourceClasses) {
    }

    /** A {@code <servlet>} module: served under /plugins/servlet + each url-pattern. */
    public record ServletModule(String key, Class<?> servletClass, List<String> urlPatterns) {
    }

    /** A {@code <resource type="download">} of a {@code <web-resource>}. */
    public record Download(String name, String location) {
    }

    /**
     * A {@code <web-resource>}: its downloads, the complete keys of its {@code <dependency>} resources (which a
     * page loads before it), and its {@code <context>}s.
     */
    public record WebResource(String completeKey, List<Download> downloads, List<String> dependencies, List<String> contexts) {
    }

    /**
     * A {@code <content-template>}: its storage-format resource and, for a blueprint's first page, the context
     * provider class (null when it has none).
     */
    public record ContentTemplate(String key, String nameKey, String location, Class<?> contextProvider) {
    }

    /** A field of a blueprint's wizard as the workbench asks it: name (= context key), input type, label key. */
    public record WizardField(String name, String type, String labelKey) {
    }

    /**
     * A {@code <blueprint>}, which makes one page, as in Confluence. Confluence's wizard is Soy and JavaScript; the
     * workbench learns its form fields from a param that Confluence ignores: {@code workbench-wizard-fields}
     * (name:type:labelKey, ...).
     */
    public record Blueprint(String key, String nameKey, String homeTemplateKey, List<WizardField> fields) {
    }

    private final PluginDescriptor descriptor;

    public PluginModules(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** Macro name to macro class, from the {@code <xhtml-macro>} modules. */
    public Map<String, Class<?>> macros() {
        Map<String, Class<?>> macros = new LinkedHashMap<>();
        for (Element macro : descriptor.modules("xhtml-macro")) {
            macros.put(macro.getAttribute("name"), PluginDescriptor.load(macro.getAttribute("class")));
        }
        return macros;
    }

    public List<RestModule> rest() {
        List<RestModule> modules = new ArrayList<>();
        for (Element rest : descriptor.modules("rest")) {
            List<Class<?>> resources = new ArrayList<>();
            PluginDescriptor.childTexts(rest, "package").forEach(name -> resources.addAll(RestPackageScanner.resourcesAndProviders(name)));
            modules.add(new RestModule(rest.getAttribute("key"), "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version"), resources));
        }
        return modules;
    }

    public List<ServletModule> servlets() {
        List<ServletModule> servlets = new ArrayList<>();
        for (Element servlet : descriptor.modules("servlet")) {
            servlets.add(new ServletModule(servlet.getAttribute("key"), PluginDescriptor.load(servlet.getAttribute("class")),
                    PluginDescriptor.childTexts(servlet, "url-pattern")));
        }
        return servlets;
    }

    public List<WebResource> webResources() {
        List<WebResource> resources = new ArrayList<>();
        for (Element webResource : descriptor.modules("web-resource")) {
            List<Download> downloads = new ArrayList<>();
            for (Element resource : PluginDescriptor.children(webResource, "resource")) {
                if (resource.getAttribute("type").equals("download")) {
                    downloads.add(new Download(resource.getAttribute("name"), resource.getAttribute("location")));
                }
            }
            resources.add(new WebResource(descriptor.pluginKey() + ":" + webResource.getAttribute("key"), downloads,
                    PluginDescriptor.childTexts(webResource, "dependency"), PluginDescriptor.childTexts(webResource, "context")));
        }
        return resources;
    }

    public Map<String, ContentTemplate> contentTemplates() {
        Map<String, ContentTemplate> templates = new LinkedHashMap<>();
        for (Element template : descriptor.modules("content-template")) {
            String location = PluginDescriptor.children(template, "resource").stream()
                    .filter(resource -> resource.getAttribute("name").equals("template")).findFirst()
                    .map(resource -> resource.getAttribute("location")).orElse(null);
            Class<?> provider = PluginDescriptor.children(template, "context-provider").stream().findFirst()
                    .map(element -> PluginDescriptor.load(element.getAttribute("class"))).orElse(null);
            String key = template.getAttribute("key");
            templates.put(key, new ContentTemplate(key, template.getAttribute("i18n-name-key"), location, provider));
        }
        return templates;
    }

    public List<Blueprint> blueprints() {
        List<Blueprint> blueprints = new ArrayList<>();
        for (Element blueprint : descriptor.modules("blueprint")) {
            List<WizardField> fields = triples(param(blueprint, "workbench-wizard-fields")).stream()
                    .map(parts -> new WizardField(parts[0], parts.length > 1 ? parts[1] : "text", parts.length > 2 ? parts[2] : parts[0]))
                    .toList();
            blueprints.add(new Blueprint(blueprint.getAttribute("key"), blueprint.getAttribute("i18n-name-key"),
                    blueprint.getAttribute("content-template-key"), fields));
        }
        return blueprints;
    }

    /** A module's {@code <param name="...">}, from its value attribute or its text, as the plugin framework reads both. */
    private static String param(Element module, String name) {
        return PluginDescriptor.children(module, "param").stream().filter(param -> param.getAttribute("name").equals(name))
                .findFirst().map(param -> param.hasAttribute("value") ? param.getAttribute("value") : param.getTextContent())
                .orElse("");
    }

    private static List<String[]> triples(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> item.split(":")).toList();
    }

    /** Every class the container makes at start besides the indexed components. */
    public List<Class<?>> moduleClasses() {
        List<Class<?>> classes = new ArrayList<>(macros().values());
        servlets().forEach(servlet -> classes.add(servlet.servletClass()));
        rest().forEach(rest -> classes.addAll(rest.resourceClasses()));
        return classes;
    }
}
