package jp.jobcoach.workbench.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    public Element root() {
        return document.getDocumentElement();
    }

    /** Top-level module elements of one type, e.g. "xhtml-macro", "rest", "servlet", "web-resource". */
    public List<Element> modules(String type) {
        List<Element> modules = new ArrayList<>();
        NodeList children = root().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(type)) {
                modules.add(element);
            }
        }
        return modules;
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

    public static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(FILE_NAME + " names " + className + ", which is not on the classpath", e);
        }
    }
}
