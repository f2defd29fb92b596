package jp.jobcoach.workbench.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Confluence's page builder as far as the plugin uses it: collects what the code making a page requires, per
 * request thread. The web server starts each request with nothing required; the layout reads {@link #required()}
 * once the page's body is rendered, as Confluence writes a page's head after its body.
 */
public final class PerRequestPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {
    /** Complete web resource keys and contexts, each once, in the order they were first required. */
    public record Required(Set<String> webResources, Set<String> contexts) {
    }

    private final ThreadLocal<Required> current = ThreadLocal.withInitial(PerRequestPageBuilder::nothing);

    /** Jetty's threads serve one request after another: what the last one required must not reach the next page. */
    public void startRequest() {
        current.set(nothing());
    }

    public Required required() {
        Required required = current.get();
        return new Required(Collections.unmodifiableSet(required.webResources()), Collections.unmodifiableSet(required.contexts()));
    }

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String completeKey) {
        current.get().webResources().add(completeKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        current.get().contexts().add(context);
        return this;
    }

    private static Required nothing() {
        return new Required(new LinkedHashSet<>(), new LinkedHashSet<>());
    }
}
