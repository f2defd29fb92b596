package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;

import java.util.List;
import jp.jobcoach.workbench.host.PerRequestPageBuilder;
import jp.jobcoach.workbench.plugin.PluginModules.WebResource;
import org.junit.Test;

/** Which declared web resources a page links, and in which order, from what its rendering required. */
public class PageResourcesTest {
    private static final WebResource BASE = resource("p:base", List.of(), List.of());
    private static final WebResource FORM = resource("p:form", List.of("p:base"), List.of());
    private static final WebResource EVERYWHERE = resource("p:everywhere", List.of(), List.of("atl.general"));
    private static final WebResource ADMIN = resource("p:admin", List.of(), List.of("atl.admin"));
    private static final List<WebResource> DECLARED = List.of(BASE, FORM, EVERYWHERE, ADMIN);

    @Test
    public void contextsFirstThenEachRequiredKeyAfterItsDependenciesEachOnce() {
        PerRequestPageBuilder page = new PerRequestPageBuilder();
        page.assembler().resources().requireWebResource("p:form").requireWebResource("p:base").requireContext("atl.general");
        assertEquals(List.of(EVERYWHERE, BASE, FORM), PageResources.of(DECLARED, page.required()));
    }

    @Test
    public void unknownKeysAndAPageThatRequiresNothingLoadNothing() {
        PerRequestPageBuilder page = new PerRequestPageBuilder();
        assertEquals(List.of(), PageResources.of(DECLARED, page.required()));
        page.requireWebResource("p:missing").requireWebResource("other:plugin");
        assertEquals(List.of(), PageResources.of(DECLARED, page.required()));
    }

    @Test
    public void aNewRequestForgetsWhatTheLastOneOnTheSameThreadRequired() {
        PerRequestPageBuilder page = new PerRequestPageBuilder();
        page.requireWebResource("p:base");
        page.startRequest();
        assertEquals(List.of(), PageResources.of(DECLARED, page.required()));
    }

    @Test
    public void aDependencyCycleEnds() {
        WebResource a = resource("p:a", List.of("p:b"), List.of());
        WebResource b = resource("p:b", List.of("p:a"), List.of());
        PerRequestPageBuilder page = new PerRequestPageBuilder();
        page.requireWebResource("p:a");
        assertEquals(List.of(b, a), PageResources.of(List.of(a, b), page.required()));
    }

    private static WebResource resource(String completeKey, List<String> dependencies, List<String> contexts) {
        return new WebResource(completeKey, List.of(), dependencies, contexts);
    }
}
