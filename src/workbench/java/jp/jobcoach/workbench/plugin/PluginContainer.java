package jp.jobcoach.workbench.plugin;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The smallest container that runs plugin classes as Confluence's Spring context does: one instance per class,
 * constructor injection by type from host services and other plugin components (made on first use), Spring's
 * InitializingBean/DisposableBean and SAL's LifecycleAware.
 */
public final class PluginContainer {
    private final List<Object> hostServices;
    private final List<Class<?>> componentClasses;
    private final Set<Class<?>> lifecycleExports;
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final Deque<Class<?>> underConstruction = new ArrayDeque<>();

    /**
     * @param lifecycleExports the components exported with {@code LifecycleAware}: as in Confluence, only these get
     *                         {@code onStart}/{@code onStop}; a merely {@code @Named} LifecycleAware is never started
     */
    public PluginContainer(List<Object> hostServices, List<Class<?>> componentClasses, Set<Class<?>> lifecycleExports) {
        this.hostServices = List.copyOf(hostServices);
        this.componentClasses = List.copyOf(componentClasses);
        this.lifecycleExports = Set.copyOf(lifecycleExports);
    }

    /**
     * Creates every listed component and the given module classes (macros, servlets, REST resources), then tells
     * the components exported as LifecycleAware that the plugin has started.
     */
    public synchronized void start(List<Class<?>> moduleClasses) {
        componentClasses.forEach(this::instance);
        moduleClasses.forEach(this::instance);
        lifecycleAware().forEach(LifecycleAware::onStart);
    }

    /** onStop, then destroy in the reverse order of creation; a failure in one does not keep the rest alive. */
    public synchronized void stop() {
        lifecycleAware().forEach(component -> quietly(component::onStop));
        List<Object> reversed = new ArrayList<>(instances.values());
        Collections.reverse(reversed);
        reversed.stream().filter(DisposableBean.class::isInstance).map(DisposableBean.class::cast)
                .forEach(bean -> quietly(bean::destroy));
        instances.clear();
    }

    /** The host service or plugin component of this type, made if needed. */
    public synchronized <T> T get(Class<T> type) {
        return type.cast(resolve(type, type.getName()));
    }

    /** A module class (macro, servlet, REST resource, upgrade task): one instance, made with the same injection. */
    public synchronized <T> T module(Class<T> moduleClass) {
        return moduleClass.cast(instance(moduleClass));
    }

    private Object resolve(Class<?> type, String wantedBy) {
        List<Object> hosts = hostServices.stream().filter(type::isInstance).collect(Collectors.toList());
        List<Class<?>> components = componentClasses.stream().filter(type::isAssignableFrom).collect(Collectors.toList());
        if (hosts.size() + components.size() != 1) {
            throw new PluginWiringException(hosts.isEmpty() && components.isEmpty()
                    ? "Nothing provides " + type.getName() + " (needed by " + wantedBy + ")"
                    : "More than one candidate for " + type.getName() + " (needed by " + wantedBy + "): " + hosts + components);
        }
        return hosts.isEmpty() ? instance(components.get(0)) : hosts.get(0);
    }

    private Object instance(Class<?> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        if (underConstruction.contains(type)) {
            throw new PluginWiringException("Dependency cycle: " + cycleThrough(type));
        }
        underConstruction.push(type);
        try {
            Object created = construct(type);
            initialize(created);
            instances.put(type, created);
            return created;
        } finally {
            underConstruction.pop();
        }
    }

    private String cycleThrough(Class<?> type) {
        List<String> path = new ArrayList<>();
        underConstruction.descendingIterator().forEachRemaining(each -> path.add(each.getSimpleName()));
        path.add(type.getSimpleName());
        return String.join(" -> ", path.subList(path.indexOf(type.getSimpleName()), path.size()));
    }

    private Object construct(Class<?> type) {
        Constructor<?> constructor = injectionConstructor(type);
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = resolve(parameterTypes[i], type.getName());
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new PluginWiringException("Constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new PluginWiringException("Cannot construct " + type.getName() + ": " + e, e);
        }
    }

    /** The @Inject constructor, else the only public one (as Spring's autowiring by constructor picks it). */
    static Constructor<?> injectionConstructor(Class<?> type) {
        List<Constructor<?>> annotated = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(Inject.class)) {
                annotated.add(constructor);
            }
        }
        List<Constructor<?>> candidates = annotated.isEmpty() ? List.of(type.getConstructors()) : annotated;
        if (candidates.size() != 1) {
            throw new PluginWiringException(type.getName() + " needs one @Inject constructor or exactly one public constructor");
        }
        candidates.get(0).setAccessible(true);
        return candidates.get(0);
    }

    private static void initialize(Object created) {
        if (created instanceof InitializingBean bean) {
            try {
                bean.afterPropertiesSet();
            } catch (Exception e) {
                throw new PluginWiringException("afterPropertiesSet of " + created.getClass().getName() + " failed: " + e, e);
            }
        }
    }

    private List<LifecycleAware> lifecycleAware() {
        return instances.values().stream().filter(instance -> lifecycleExports.contains(instance.getClass()))
                .filter(LifecycleAware.class::isInstance).map(LifecycleAware.class::cast).collect(Collectors.toList());
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            System.err.println("[workbench] plugin shutdown step failed: " + e);
        }
    }

    public static final class PluginWiringException extends RuntimeException {
        PluginWiringException(String message) {
            super(message);
        }

        PluginWiringException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
