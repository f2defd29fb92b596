import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build steps of the plain-Maven build that the Atlassian SDK would otherwise do, run by exec-maven-plugin
 * with Java's single-file source launcher (so the build needs no plugin of its own):
 * <ul>
 *   <li>{@code bundles SRC_DIR OUT_DIR}: copies the i18n bundles, kept readable in UTF-8 in the repository,
 *       as ASCII with {@code \\uXXXX} escapes, the encoding Confluence reads them in;</li>
 *   <li>{@code indexes CLASSES_DIR BASE_PACKAGE}: writes the Spring Scanner index files
 *       ({@code META-INF/plugin-components/component|imports|exports}) from the compiled annotations, in the
 *       line formats of atlassian-spring-scanner 3.x.</li>
 * </ul>
 * Annotations are matched by name, so the same code reads our platform declarations and the real ones.
 * Any failure exits non-zero with a message naming the file or class, so a broken build never makes a jar.
 */
public final class PluginBuild {
    private static final String NAMED = "javax.inject.Named";
    private static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    public static void main(String[] args) throws Exception {
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "bundles" -> escapeBundles(Path.of(args[1]), Path.of(args[2]));
                case "indexes" -> writeIndexes(Path.of(args[1]), args[2]);
                default -> throw new BuildFailure("usage: PluginBuild bundles SRC OUT | indexes CLASSES PACKAGE");
            }
        } catch (BuildFailure e) {
            System.err.println("[PluginBuild] " + e.getMessage());
            System.exit(1);
        }
    }

    // ---- i18n bundles ------------------------------------------------------------------------------

    static void escapeBundles(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new BuildFailure(file + " is not valid UTF-8");
                }
                Files.writeString(target.resolve(file.getFileName()), asciiEscaped(text), StandardCharsets.US_ASCII);
            }
        }
    }

    static String asciiEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    // ---- Spring Scanner indexes --------------------------------------------------------------------

    static void writeIndexes(Path classesDir, String basePackage) throws Exception {
        ClassLoader loader = PluginBuild.class.getClassLoader();
        TreeSet<String> components = new TreeSet<>();
        TreeSet<String> imports = new TreeSet<>();
        TreeSet<String> exports = new TreeSet<>();
        for (String className : classNames(classesDir, basePackage)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new BuildFailure("cannot load " + className + " for the Spring Scanner index: " + e);
            }
            Annotation component = find(type, NAMED).orElseGet(() -> find(type, SPRING_COMPONENT).orElse(null));
            if (component != null) {
                components.add(withBeanName(type.getName(), stringValue(component)));
            }
            find(type, EXPORT_AS_SERVICE).ifPresent(export -> exports.add(exportLine(type, export)));
            imports.addAll(importsOf(type));
        }
        Path indexDir = classesDir.resolve("META-INF/plugin-components");
        Files.createDirectories(indexDir);
        write(indexDir.resolve("component"), components);
        write(indexDir.resolve("imports"), imports);
        write(indexDir.resolve("exports"), exports);
        System.out.printf("[PluginBuild] Spring Scanner index: %d components, %d imports, %d exports%n",
                components.size(), imports.size(), exports.size());
    }

    private static List<String> classNames(Path classesDir, String basePackage) throws IOException {
        Path root = classesDir.resolve(basePackage.replace('.', '/'));
        if (!Files.isDirectory(root)) {
            throw new BuildFailure("no compiled classes under " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(classesDir::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    /** Imports come from constructor parameters, setter-free fields and bean factory method parameters. */
    private static List<String> importsOf(Class<?> type) {
        List<String> lines = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                find(parameter, COMPONENT_IMPORT).ifPresent(
                        a -> lines.add(withBeanName(parameter.getType().getName(), stringValue(a))));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            find(field, COMPONENT_IMPORT).ifPresent(a -> lines.add(withBeanName(field.getType().getName(), stringValue(a))));
        }
        for (Method method : type.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                find(parameter, COMPONENT_IMPORT).ifPresent(
                        a -> lines.add(withBeanName(parameter.getType().getName(), stringValue(a))));
            }
        }
        return lines;
    }

    private static String exportLine(Class<?> type, Annotation export) {
        Class<?>[] declared = (Class<?>[]) invoke(export, "value");
        Class<?>[] interfaces = declared.length > 0 ? declared : type.getInterfaces();
        if (interfaces.length == 0) {
            throw new BuildFailure(type.getName() + " is @ExportAsService but implements no interface");
        }
        return type.getName() + "#" + Arrays.stream(interfaces).map(Class::getName).collect(Collectors.joining(","));
    }

    /** Finds an annotation by type name, directly or as a meta-annotation (e.g. @ConfluenceImport). */
    private static java.util.Optional<Annotation> find(AnnotatedElement element, String annotationName) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().equals(annotationName)) {
                return java.util.Optional.of(annotation);
            }
            for (Annotation meta : type.getAnnotations()) {
                if (meta.annotationType().getName().equals(annotationName)) {
                    return java.util.Optional.of(annotation);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String stringValue(Annotation annotation) {
        Object value = invoke(annotation, "value");
        return value instanceof String s ? s : "";
    }

    private static Object invoke(Annotation annotation, String member) {
        try {
            return annotation.annotationType().getMethod(member).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static String withBeanName(String className, String beanName) {
        return beanName.isEmpty() ? className : className + "#" + beanName;
    }

    private static void write(Path file, TreeSet<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }
}
