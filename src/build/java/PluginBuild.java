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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li>{@code javax-sources SRC_ROOT OUT_ROOT DIR...}: copies the Java source folders DIR (relative to SRC_ROOT)
 *       to OUT_ROOT with the Jakarta EE namespaces of Confluence 10 put back to the javax ones of Confluence 9.2
 *       (docs/decisions.md #12); files whose text is unchanged are left alone, so the compiler stays incremental.</li>
 * </ul>
 * Annotations are matched by name, so the same code reads our platform declarations and the real ones.
 * Any failure exits non-zero with a message naming the file or class, so a broken build never makes a jar.
 */
public final class PluginBuild {
    /** Confluence 10 reads jakarta.inject, 9.2 javax.inject: the sources say jakarta, the 9.2 build rewrites them. */
    private static final List<String> NAMED = List.of("jakarta.inject.Named", "javax.inject.Named");
    private static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    public static void main(String[] args) throws Exception {
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "bundles" -> escapeBundles(Path.of(args[1]), Path.of(args[2]));
                case "indexes" -> writeIndexes(Path.of(args[1]), args[2]);
                case "javax-sources" -> javaxSources(Path.of(args[1]), Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
                default -> throw new BuildFailure(
                        "usage: PluginBuild bundles SRC OUT | indexes CLASSES PACKAGE | javax-sources SRC_ROOT OUT_ROOT DIR...");
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

    // ---- the Confluence 9.2 line: javax sources from the jakarta ones ------------------------------

    /**
     * The namespaces Jakarta EE renamed and Confluence 10 follows, and the test host's servlet environment
     * (Jetty 12's ee10 = Servlet 6 as Tomcat 10.1 in Confluence 10; ee8 = Servlet 4 as Tomcat 9 in 9.2).
     */
    private static final Pattern JAKARTA = Pattern.compile("\\bjakarta\\.(servlet|ws\\.rs|inject|annotation)\\b");
    private static final Pattern JETTY_EE10 = Pattern.compile("\\borg\\.eclipse\\.jetty\\.ee10\\.");
    private static final Pattern ANY_JAKARTA = Pattern.compile("\\bjakarta\\.[a-z]+");

    static void javaxSources(Path sourceRoot, Path outRoot, List<String> dirs) throws IOException {
        int written = 0;
        for (String dir : dirs) {
            Path from = sourceRoot.resolve(dir);
            Path to = outRoot.resolve(dir);
            TreeSet<Path> wanted = new TreeSet<>();
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Path relative = from.relativize(file);
                    wanted.add(relative);
                    written += writeIfChanged(to.resolve(relative), javax(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            removeStale(to, wanted);
        }
        System.out.printf("[PluginBuild] javax sources for Confluence 9.2: %d file(s) rewritten under %s%n", written, outRoot);
    }

    static String javax(Path file, String text) {
        String javax = JETTY_EE10.matcher(JAKARTA.matcher(text).replaceAll("javax.$1")).replaceAll("org.eclipse.jetty.ee8.");
        Matcher left = ANY_JAKARTA.matcher(javax);
        if (left.find()) {
            throw new BuildFailure(file + " uses " + left.group() + ", which has no javax counterpart here: add it to the rewrite");
        }
        return javax;
    }

    private static int writeIfChanged(Path target, String text) throws IOException {
        if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
            return 0;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return 1;
    }

    private static void removeStale(Path root, TreeSet<Path> wanted) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!wanted.contains(root.relativize(file))) {
                    Files.delete(file);
                }
            }
        }
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
            Annotation component = Stream.concat(NAMED.stream(), Stream.of(SPRING_COMPONENT))
                    .flatMap(name -> find(type, name).stream()).findFirst().orElse(null);
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
