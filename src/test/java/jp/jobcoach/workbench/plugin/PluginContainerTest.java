package jp.jobcoach.workbench.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;
import org.junit.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

public class PluginContainerTest {
    static final List<String> CALLS = new ArrayList<>();

    public static class HostThing {
    }

    public static class Store implements InitializingBean, DisposableBean, LifecycleAware {
        final HostThing host;

        public Store(HostThing host) {
            this.host = host;
        }

        @Override
        public void afterPropertiesSet() {
            CALLS.add("store.afterPropertiesSet");
        }

        @Override
        public void destroy() {
            CALLS.add("store.destroy");
        }

        @Override
        public void onStart() {
            CALLS.add("store.onStart");
        }

        @Override
        public void onStop() {
            CALLS.add("store.onStop");
        }
    }

    public static class Service implements DisposableBean {
        final Store store;

        public Service() {
            this(null);
        }

        @Inject
        public Service(Store store) {
            this.store = store;
        }

        @Override
        public void destroy() {
            CALLS.add("service.destroy");
        }
    }

    public static class Macro {
        final Service service;

        public Macro(Service service) {
            this.service = service;
        }
    }

    public static class A {
        public A(B b) {
        }
    }

    public static class B {
        public B(A a) {
        }
    }

    @Test
    public void injectsByTypeLazilyWithLifecycleInOrder() {
        CALLS.clear();
        HostThing host = new HostThing();
        PluginContainer container = new PluginContainer(List.of(host), List.of(Service.class, Store.class), Set.of(Store.class));
        container.start(List.of(Macro.class));
        Macro macro = container.module(Macro.class);
        assertSame(host, macro.service.store.host);
        assertSame(container.get(Store.class), macro.service.store);
        container.stop();
        assertEquals(List.of("store.afterPropertiesSet", "store.onStart", "store.onStop", "service.destroy", "store.destroy"), CALLS);
    }

    /** As SAL in Confluence: onStart only for components exported as LifecycleAware services. */
    @Test
    public void aLifecycleAwareComponentThatIsNotExportedIsNeverStarted() {
        CALLS.clear();
        PluginContainer container = new PluginContainer(List.of(new HostThing()), List.of(Store.class), Set.of());
        container.start(List.of());
        container.stop();
        assertEquals(List.of("store.afterPropertiesSet", "store.destroy"), CALLS);
    }

    @Test
    public void aCycleIsAClearError() {
        PluginContainer container = new PluginContainer(List.of(), List.of(A.class, B.class), Set.of());
        try {
            container.start(List.of());
            fail();
        } catch (PluginContainer.PluginWiringException e) {
            assertEquals("Dependency cycle: A -> B -> A", e.getMessage());
        }
    }

    @Test
    public void aMissingDependencyNamesTypeAndConsumer() {
        try {
            new PluginContainer(List.of(), List.of(Store.class), Set.of()).start(List.of());
            fail();
        } catch (PluginContainer.PluginWiringException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Nothing provides " + HostThing.class.getName() + " (needed by " + Store.class.getName()));
        }
    }

    public static class SpecialHostThing extends HostThing {
    }

    /** The host never stands in for a plugin component: the plugin's own adapters run in the workbench as in Confluence. */
    @Test
    public void aHostServiceAndAComponentOfOneTypeAreAnAmbiguityNotAReplacement() {
        try {
            new PluginContainer(List.of(new HostThing()), List.of(Store.class, SpecialHostThing.class), Set.of()).start(List.of());
            fail();
        } catch (PluginContainer.PluginWiringException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("More than one candidate for " + HostThing.class.getName()));
        }
    }
}
