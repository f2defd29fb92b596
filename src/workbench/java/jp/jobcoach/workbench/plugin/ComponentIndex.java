package jp.jobcoach.workbench.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The Spring Scanner's META-INF/plugin-components/component index: one {@code fqcn} or {@code fqcn#beanName} a line. */
public final class ComponentIndex {
    private ComponentIndex() {
    }

    /** The component classes listed beside the descriptor; none when the plugin has no index (no components). */
    public static List<Class<?>> componentClasses(PluginDescriptor descriptor) {
        String resource = descriptor.baseResourcePath() + "META-INF/plugin-components/component";
        try (InputStream in = ComponentIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty())
                    .map(line -> PluginDescriptor.load(line.split("#", 2)[0]))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
