package jp.jobcoach.workbench.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Spring Scanner's indexes beside the descriptor ({@code META-INF/plugin-components/}): {@code component}, one
 * {@code fqcn} or {@code fqcn#beanName} a line, and {@code exports}, one {@code impl#iface1,iface2} a line.
 */
public final class ComponentIndex {
    private ComponentIndex() {
    }

    /** The component classes listed beside the descriptor; none when the plugin has no index (no components). */
    public static List<Class<?>> componentClasses(PluginDescriptor descriptor) {
        return lines(descriptor, "component").stream().<Class<?>>map(line -> PluginDescriptor.load(line.split("#", 2)[0])).toList();
    }

    /**
     * The components exported as OSGi services with SAL's {@code LifecycleAware} among their interfaces (the
     * {@code exports} index, {@code impl#iface1,iface2}): the only ones SAL calls {@code onStart}/{@code onStop} on.
     */
    public static Set<Class<?>> lifecycleExports(PluginDescriptor descriptor) {
        return lines(descriptor, "exports").stream()
                .filter(line -> line.contains("#") && List.of(line.split("#", 2)[1].split(",")).contains(LifecycleAware.class.getName()))
                .map(line -> PluginDescriptor.load(line.split("#", 2)[0]))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(PluginDescriptor descriptor, String index) {
        String resource = descriptor.baseResourcePath() + "META-INF/plugin-components/" + index;
        try (InputStream in = ComponentIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
