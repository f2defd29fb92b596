package jp.jobcoach.workbench.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.host.PerRequestPageBuilder.Required;
import jp.jobcoach.workbench.plugin.PluginModules.WebResource;

/**
 * The web resources a page links, in order: those in the page's contexts, then those required by key, each after
 * its {@code <dependency>} resources, each once. A key the plugin does not declare is logged and skipped, as
 * Confluence does; the log line is what tells a test run about a mistyped key.
 */
final class PageResources {
    private final Map<String, WebResource> declared;
    private final Set<String> seen = new HashSet<>();
    private final List<WebResource> inOrder = new ArrayList<>();

    private PageResources(List<WebResource> declared) {
        this.declared = declared.stream().collect(Collectors.toMap(WebResource::completeKey, Function.identity()));
    }

    static List<WebResource> of(List<WebResource> declared, Required required) {
        PageResources page = new PageResources(declared);
        declared.stream().filter(resource -> resource.contexts().stream().anyMatch(required.contexts()::contains))
                .forEach(resource -> page.add(resource.completeKey()));
        required.webResources().forEach(page::add);
        return page.inOrder;
    }

    /** Marks the key seen before its dependencies, so a dependency cycle ends instead of recursing forever. */
    private void add(String completeKey) {
        if (!seen.add(completeKey)) {
            return;
        }
        WebResource resource = declared.get(completeKey);
        if (resource == null) {
            System.err.println("[workbench] no web resource " + completeKey + " is declared: not loaded");
            return;
        }
        resource.dependencies().forEach(this::add);
        inOrder.add(resource);
    }
}
