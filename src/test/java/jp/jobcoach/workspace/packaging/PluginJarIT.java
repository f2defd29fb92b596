package jp.jobcoach.workspace.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the plugin jar that {@code mvn package} built and checks what Confluence would check at install, and
 * a little more: nothing of the platform declarations, the workbench or the tests inside; the manifest
 * headers and descriptor params; Spring Scanner indexes that name real classes; translations complete.
 */
public class PluginJarIT {
    private static final String PLUGIN_KEY = System.getProperty("plugin.key", "jp.jobcoach.workspace");
    private static final String BUNDLE_EN = "i18n/jobcoach.properties";
    private static final String BUNDLE_JA = "i18n/jobcoach_ja.properties";
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(jobcoach\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
    /** The Confluence line this jar is for (pom.xml profiles): 10 (jakarta, Spring 6) or 9.2 (javax, Spring 5). */
    private static final String LINE = System.getProperty("confluence.line", "10");
    /**
     * The Java EE APIs that Jakarta EE renamed, as class-file names. Written with slashes, so the build's javax
     * rewrite of the sources (docs/decisions.md #12) leaves these strings alone.
     */
    private static final List<String> RENAMED_APIS = List.of("servlet/", "ws/rs/", "inject/", "annotation/");

    private static JarFile jar;
    private static Set<String> entries;

    @BeforeClass
    public static void openJar() throws IOException {
        String path = System.getProperty("plugin.jar");
        assertNotNull("run through failsafe (mvn verify): system property plugin.jar is not set", path);
        jar = new JarFile(path);
        entries = jar.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    @AfterClass
    public static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    public void holdsNoPlatformDeclarationWorkbenchOrTestClass() throws IOException {
        Set<String> testClasses = classEntriesUnder(Path.of(System.getProperty("build.directory", "target"), "test-classes"));
        List<String> bad = entries.stream()
                .filter(e -> e.startsWith("com/atlassian/") || e.startsWith("jp/jobcoach/workbench/")
                        || testClasses.contains(e))
                .toList();
        assertEquals("entries that must not be packaged", List.of(), bad);
    }

    @Test
    public void manifestNamesThePluginAndImportsTheAtlassianApi() throws IOException {
        Manifest manifest = jar.getManifest();
        assertNotNull("the jar has no manifest", manifest);
        String symbolicName = header(manifest, "Bundle-SymbolicName");
        assertEquals("Bundle-SymbolicName", PLUGIN_KEY, symbolicName.split(";")[0].trim());
        assertEquals("Atlassian-Plugin-Key", PLUGIN_KEY, header(manifest, "Atlassian-Plugin-Key"));
        assertEquals("Spring-Context", "*", header(manifest, "Spring-Context"));
        header(manifest, "Bundle-Version");
        String imports = header(manifest, "Import-Package");
        assertTrue("Import-Package lacks the Active Objects API: " + imports,
                imports.contains("com.atlassian.activeobjects.external"));
        assertTrue("Import-Package lacks net.java.ao: " + imports, imports.contains("net.java.ao"));
        assertFalse("Import-Package must not list java.* packages: " + imports,
                Pattern.compile("(^|,)java\\.").matcher(imports).find());
    }

    /**
     * Gson and the iCalendar library (biweekly, with vinnie) are embedded jars on the bundle class path; Jackson, which
     * biweekly uses only for jCal, is neither embedded nor imported (docs/decisions.md, "iCalendar library: biweekly").
     */
    @Test
    public void embedsGsonAndBiweeklyWithVinnieButNeitherEmbedsNorImportsJackson() throws IOException {
        Manifest manifest = jar.getManifest();
        String classPath = header(manifest, "Bundle-ClassPath");
        for (String library : List.of("gson", "biweekly", "vinnie")) {
            String embedded = entries.stream().filter(entry -> entry.matches("(.*/)?" + library + "-[0-9.]+\\.jar"))
                    .findFirst().orElse(null);
            assertNotNull(library + " is not embedded: " + entries.stream().filter(e -> e.endsWith(".jar")).toList(), embedded);
            assertTrue("Bundle-ClassPath lacks " + embedded + ": " + classPath, classPath.contains(embedded));
        }
        assertTrue(entries.stream().noneMatch(entry -> entry.contains("jackson")));
        String imports = header(manifest, "Import-Package");
        assertFalse("Import-Package names Jackson: " + imports, imports.contains("com.fasterxml.jackson"));
        assertFalse("the iCalendar library is embedded, not imported: " + imports, imports.contains("biweekly")
                || imports.contains("mangstadt"));
    }

    @Test
    public void classesUseOnlyTheJavaEeNamespaceOfTheirConfluenceLine() throws IOException {
        List<String> foreign = new ArrayList<>();
        Set<String> own = new TreeSet<>();
        for (String entry : pluginClasses()) {
            String constants = new String(read(entry), StandardCharsets.ISO_8859_1);
            for (String api : RENAMED_APIS) {
                if (constants.contains(otherNamespace() + api)) {
                    foreign.add(entry + " uses " + otherNamespace() + api);
                }
                if (constants.contains(ownNamespace() + api)) {
                    own.add(api);
                }
            }
        }
        assertEquals("classes of the Confluence " + LINE + " jar that use the other line's namespace", List.of(), foreign);
        assertTrue("no class uses " + ownNamespace() + "ws/rs/ and " + ownNamespace() + "inject/: the check is broken",
                own.containsAll(List.of("ws/rs/", "inject/")));
    }

    @Test
    public void importPackageNamesTheApisOfTheConfluenceLine() throws IOException {
        String imports = header(jar.getManifest(), "Import-Package");
        for (String api : List.of("ws/rs", "inject")) {
            String wanted = (ownNamespace() + api).replace('/', '.');
            String unwanted = (otherNamespace() + api).replace('/', '.');
            assertTrue("Import-Package lacks " + wanted + ": " + imports, imports.contains(wanted + ";") || imports.contains(wanted + ","));
            assertFalse("Import-Package names " + unwanted + ": " + imports, imports.contains(unwanted));
        }
        assertTrue("SLF4J must resolve against 1.7 (Confluence 9.2) and 2.0 (Confluence 10): " + imports,
                imports.contains("org.slf4j;version=\"[1.7,3)\""));
    }

    @Test
    public void marketingFileStatesTheCompatibilityRangeOfTheLine() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList products = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(read("atlassian-plugin-marketing.xml"))).getElementsByTagName("product");
        assertEquals("one <product> in atlassian-plugin-marketing.xml", 1, products.getLength());
        Element product = (Element) products.item(0);
        assertEquals("confluence", product.getAttribute("name"));
        for (String bound : List.of("min", "max")) {
            assertTrue(bound + " of the Confluence " + LINE + " jar: " + product.getAttribute(bound),
                    product.getAttribute(bound).matches(Pattern.quote(LINE) + "\\.\\d+(\\.\\d+)?"));
        }
    }

    @Test
    public void descriptorIsFilteredAndCarriesTheDataCenterParams() throws Exception {
        Element root = descriptor().getDocumentElement();
        assertEquals("atlassian-plugin.xml key", PLUGIN_KEY, root.getAttribute("key"));
        String text = new String(read("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        assertFalse("atlassian-plugin.xml still holds an unfiltered ${...}", text.contains("${"));
        assertTrue("atlassian-plugin.xml has no <version>", root.getElementsByTagName("version").getLength() == 1);
        assertEquals("compatible", param(root, "atlassian-data-center-status"));
        assertEquals("true", param(root, "atlassian-data-center-compatible"));
        NodeList aoModules = root.getElementsByTagName("ao");
        assertEquals("exactly one <ao> module", 1, aoModules.getLength());
        assertFalse("<ao> needs an explicit namespace", ((Element) aoModules.item(0)).getAttribute("namespace").isEmpty());
        assertTrue("atlassian-plugin.xml: no <component> elements with Atlassian-Plugin-Key",
                root.getElementsByTagName("component").getLength() == 0
                        && root.getElementsByTagName("component-import").getLength() == 0);
        assertTrue("META-INF/spring/plugin-context.xml is missing", entries.contains("META-INF/spring/plugin-context.xml"));
        assertTrue("plugin-context.xml must hold scan-indexes",
                new String(read("META-INF/spring/plugin-context.xml"), StandardCharsets.UTF_8).contains("scan-indexes"));
    }

    @Test
    public void everyClassTheDescriptorNamesIsInTheJar() throws Exception {
        Element root = descriptor().getDocumentElement();
        List<String> missing = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String className : List.of(element.getAttribute("class"), namedClass(element))) {
                if (!className.isEmpty() && !entries.contains(className.replace('.', '/') + ".class")) {
                    missing.add("<" + element.getTagName() + "> " + className);
                }
            }
            if (element.getTagName().equals("package") && !hasPackage(element.getTextContent().trim())) {
                missing.add("<package> " + element.getTextContent().trim());
            }
            String location = element.getTagName().equals("resource") && !element.getAttribute("type").equals("i18n")
                    ? element.getAttribute("location") : "";
            if (!location.isEmpty() && !entries.contains(location) && !entries.contains(location + "/")) {
                missing.add("<resource> " + location);
            }
        }
        assertEquals("atlassian-plugin.xml names what the jar does not hold", List.of(), missing);
    }

    @Test
    public void springScannerIndexesNameOnlyClassesInTheJar() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String index : List.of("component", "exports")) {
            for (String line : indexLines(index)) {
                String className = line.split("#")[0];
                if (!entries.contains(className.replace('.', '/') + ".class")) {
                    stale.add("META-INF/plugin-components/" + index + ": " + className);
                }
            }
        }
        assertEquals("index lines naming classes that are not in the jar", List.of(), stale);
    }

    @Test
    public void everyComponentImportIsInTheImportsIndex() throws Exception {
        Set<String> imported = indexLines("imports").stream().map(l -> l.split("#")[0]).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String entry : pluginClasses()) {
            Class<?> type = Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false,
                    getClass().getClassLoader());
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (isComponentImport(parameter) && !imported.contains(parameter.getType().getName())) {
                        missing.add(type.getName() + " imports " + parameter.getType().getName());
                    }
                }
            }
        }
        assertEquals("@ComponentImport types missing from META-INF/plugin-components/imports", List.of(), missing);
    }

    /** SAL starts only components exported with LifecycleAware among their interfaces: a missing export is a job never scheduled. */
    @Test
    public void everyLifecycleAwareComponentIsExportedAsLifecycleAware() throws Exception {
        Set<String> exported = indexLines("exports").stream().filter(line -> line.contains("#")
                        && List.of(line.split("#", 2)[1].split(",")).contains(LifecycleAware.class.getName()))
                .map(line -> line.split("#")[0]).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String entry : pluginClasses()) {
            Class<?> type = Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false, getClass().getClassLoader());
            if (LifecycleAware.class.isAssignableFrom(type) && !exported.contains(type.getName())) {
                missing.add(type.getName());
            }
        }
        assertEquals("LifecycleAware components not exported as LifecycleAware in META-INF/plugin-components/exports",
                List.of(), missing);
        assertFalse("no LifecycleAware export at all: the reminder job would never be scheduled", exported.isEmpty());
    }

    @Test
    public void bundlesAreAsciiAndHaveTheSameKeys() throws IOException {
        for (String bundle : List.of(BUNDLE_EN, BUNDLE_JA)) {
            byte[] bytes = read(bundle);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    fail(bundle + " in the jar has a non-ASCII byte at offset " + i);
                }
            }
        }
        Set<String> en = bundle(BUNDLE_EN).stringPropertyNames();
        Set<String> ja = bundle(BUNDLE_JA).stringPropertyNames();
        assertEquals("keys only in " + BUNDLE_EN, Set.of(), difference(en, ja));
        assertEquals("keys only in " + BUNDLE_JA, Set.of(), difference(ja, en));
    }

    @Test
    public void everyKeyTheDescriptorTemplatesAndCodeUseIsTranslated() throws Exception {
        Set<String> used = new TreeSet<>();
        NodeList all = descriptor().getDocumentElement().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("key", "i18n-name-key")) {
                String value = element.getAttribute(attribute);
                if (value.startsWith("jobcoach.") && (attribute.equals("i18n-name-key") || !isModuleKey(element))) {
                    used.add("atlassian-plugin.xml: " + value);
                }
            }
        }
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(file + ": " + m.group(1));
                    }
                }
            }
        }
        Properties en = bundle(BUNDLE_EN);
        Properties ja = bundle(BUNDLE_JA);
        List<String> untranslated = used.stream()
                .filter(u -> {
                    String key = u.substring(u.lastIndexOf(": ") + 2);
                    return en.getProperty(key) == null || ja.getProperty(key) == null;
                }).toList();
        assertEquals("i18n keys used but missing from a bundle", List.of(), untranslated);
        assertFalse("no i18n key use found at all: the scan is broken", used.isEmpty());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static String ownNamespace() {
        return LINE.equals("9.2") ? "javax/" : "jakarta/";
    }

    private static String otherNamespace() {
        return LINE.equals("9.2") ? "jakarta/" : "javax/";
    }

    private static List<String> pluginClasses() {
        return entries.stream().filter(e -> e.startsWith("jp/jobcoach/workspace/") && e.endsWith(".class")).toList();
    }

    /** The class an element's text names: an AO entity, an upgrade task, or a velocity-allowlist method's class. */
    private static String namedClass(Element element) {
        String text = element.getTextContent().trim();
        return switch (element.getTagName()) {
            case "entity", "upgradeTask" -> text;
            case "method" -> text.split("#")[0];
            default -> "";
        };
    }

    /** Module elements use key= for their module key; only description-like children use it for i18n. */
    private static boolean isModuleKey(Element element) {
        return element.getParentNode() == element.getOwnerDocument().getDocumentElement();
    }

    private static boolean isComponentImport(Parameter parameter) {
        return parameter.isAnnotationPresent(ComponentImport.class)
                || Stream.of(parameter.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(ComponentImport.class));
    }

    private static boolean hasPackage(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        return entries.stream().anyMatch(e -> e.startsWith(prefix) && e.endsWith(".class"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String header(Manifest manifest, String name) {
        String value = manifest.getMainAttributes().getValue(name);
        assertNotNull("MANIFEST.MF lacks " + name, value);
        return value;
    }

    private static String param(Element root, String name) {
        NodeList params = root.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (param.getAttribute("name").equals(name)) {
                return param.getTextContent().trim();
            }
        }
        fail("atlassian-plugin.xml lacks <param name=\"" + name + "\">");
        return null;
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(read("atlassian-plugin.xml")));
    }

    private static List<String> indexLines(String index) throws IOException {
        String text = new String(read("META-INF/plugin-components/" + index), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertFalse("META-INF/plugin-components/" + index + " has a blank line", lines.stream().anyMatch(String::isBlank));
        return lines;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(read(name)));
        return properties;
    }

    private static byte[] read(String name) throws IOException {
        var entry = jar.getEntry(name);
        assertNotNull("the jar lacks " + name, entry);
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> classEntriesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
