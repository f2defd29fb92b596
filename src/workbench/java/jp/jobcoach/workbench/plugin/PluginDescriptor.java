package jp.jobcoach.workbench.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * atlassian-plugin.xml as the workbench and the tests read it: the same file Confluence reads, so that a
 * module declared there works in both hosts.
 */
public final class PluginDescriptor {
    public static final String FILE_NAME = "atlassian-plugin.xml";
    private final Document document;
    private String resource = FILE_NAME;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    /** The filtered copy on the classpath (target/classes), as packaged. */
    public static PluginDescriptor fromClasspath() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is not on the classpath: run mvn process-resources");
            }
            return parse(in, FILE_NAME);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE_NAME, e);
        }
    }

    /** Another descriptor on the classpath, e.g. a test plugin's; its Spring Scanner index is read beside it. */
    public static PluginDescriptor fromResource(String resource) {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            PluginDescriptor descriptor = parse(in, resource);
            descriptor.resource = resource;
            return descriptor;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    public static PluginDescriptor fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static PluginDescriptor parse(InputStream in, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException(name + " is not a well-formed plugin descriptor: " + e.getMessage(), e);
        }
    }

    /** Classpath folder the descriptor sits in ("" for the jar root), where META-INF/plugin-components is. */
    public String baseResourcePath() {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? "" : resource.substring(0, slash + 1);
    }

    public String pluginKey() {
        return root().getAttribute("key");
    }

    /** Bundle base names of the {@code <resource type="i18n">} elements, e.g. "i18n.jobcoach". */
    public List<String> i18nBundles() {
        List<String> bundles = new ArrayList<>();
        for (Element resource : modules("resource")) {
            if (resource.getAttribute("type").equals("i18n")) {
                bundles.add(resource.getAttribute("location"));
            }
        }
        return bundles;
    }

    /** The {@code <method>} entries of the {@code <velocity-allowlist>} modules: what templates may call (Confluence 9+). */
    public Set<String> velocityAllowlist() {
        Set<String> methods = new TreeSet<>();
        for (Element allowlist : modules("velocity-allowlist")) {
            methods.addAll(childTexts(allowlist, "method"));
        }
        return methods;
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Top-level module elements of one type, e.g. "xhtml-macro", "rest", "servlet", "web-resource". */
    public List<Element> modules(String type) {
        return children(root(), type);
    }

    /** The classes named in the {@code <ao>} module, loaded, in declaration order. */
    @SuppressWarnings("unchecked")
    public Class<? extends net.java.ao.RawEntity<?>>[] aoEntities() {
        List<Class<?>> entities = new ArrayList<>();
        for (Element ao : modules("ao")) {
            for (String className : childTexts(ao, "entity")) {
                entities.add(load(className));
            }
        }
        return entities.toArray(new Class[0]);
    }

    public static List<String> childTexts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList children = parent.getElementsByTagName(tag);
        for (int i = 0; i < children.getLength(); i++) {
            texts.add(children.item(i).getTextContent().trim());
        }
        return texts;
    }

    /** Direct child elements with this tag. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                elements.add(element);
            }
        }
        return elements;
    }

    public static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(FILE_NAME + " names " + className + ", which is not on the classpath", e);
        }
    }
}
