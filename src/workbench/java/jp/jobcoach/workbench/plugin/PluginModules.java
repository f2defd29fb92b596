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

    public record WebResource(String completeKey, List<Download> downloads, List<String> contexts) {
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
            PluginDescriptor.childTexts(rest, "package").forEach(name -> resources.addAll(RestPackageScanner.pathClasses(name)));
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
                    PluginDescriptor.childTexts(webResource, "context")));
        }
        return resources;
    }

    /** Every class the container makes at start besides the indexed components. */
    public List<Class<?>> moduleClasses() {
        List<Class<?>> classes = new ArrayList<>(macros().values());
        servlets().forEach(servlet -> classes.add(servlet.servletClass()));
        rest().forEach(rest -> classes.addAll(rest.resourceClasses()));
        return classes;
    }
}
