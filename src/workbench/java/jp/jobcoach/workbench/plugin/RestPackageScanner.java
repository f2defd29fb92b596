package jp.jobcoach.workbench.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * Finds what the REST module serves from a {@code <rest><package>}: the JAX-RS root resources (classes annotated
 * with {@code @Path}) and the providers (annotated with {@code @Provider}, e.g. request filters).
 */
final class RestPackageScanner {
    private RestPackageScanner() {
    }

    static List<Class<?>> resourcesAndProviders(String packageName) {
        List<Class<?>> classes = new ArrayList<>();
        for (String className : classNamesIn(packageName)) {
            Class<?> type = PluginDescriptor.load(className);
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static List<String> classNamesIn(String packageName) {
        String folder = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(RestPackageScanner.class.getClassLoader().getResources(folder))) {
                names.addAll(url.getProtocol().equals("jar") ? namesInJar(url, folder) : namesInFolder(url, folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<String> namesInFolder(URL url, String folder) throws IOException {
        java.nio.file.Path root;
        try {
            root = Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(RestPackageScanner::isTopLevelClass)
                    .map(name -> (folder + "/" + name).replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
    }

    private static List<String> namesInJar(URL url, String folder) throws IOException {
        try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
            return jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(folder + "/") && isTopLevelClass(name))
                    .map(name -> name.replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
    }

    private static boolean isTopLevelClass(String name) {
        return name.endsWith(".class") && !name.contains("$");
    }
}
