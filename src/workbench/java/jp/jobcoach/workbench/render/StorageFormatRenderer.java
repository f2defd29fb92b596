package jp.jobcoach.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.jobcoach.workbench.web.Html;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Turns a page's storage format into view HTML: plain XHTML is copied (escaped afresh), each
 * {@code ac:structured-macro} is rendered by the plugin's Macro of that name, {@code ac:link} to a page becomes a
 * link. Whatever goes wrong (malformed body, unknown macro, a macro that throws) becomes an inline error box and
 * the rest of the page still renders.
 */
public final class StorageFormatRenderer {
    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "col", "input", "wbr");
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "iframe", "object", "embed");

    private final Function<String, Optional<Macro>> macros;
    private final BiFunction<String, String, Optional<String>> pageUrls;

    /**
     * @param macros   the plugin's macro by name
     * @param pageUrls the URL of a page, by space key and title, for {@code ac:link}
     */
    public StorageFormatRenderer(Function<String, Optional<Macro>> macros, BiFunction<String, String, Optional<String>> pageUrls) {
        this.macros = macros;
        this.pageUrls = pageUrls;
    }

    public String render(String storage, ConversionContext context) {
        String body = HtmlEntities.toNumeric(storage == null ? "" : storage);
        try {
            return renderParsed(parse(body), context);
        } catch (MalformedStorage whole) {
            StringBuilder out = new StringBuilder();
            for (String fragment : TopLevelFragments.split(body)) {
                out.append(renderFragment(fragment, context));
            }
            return out.toString();
        }
    }

    private String renderFragment(String fragment, ConversionContext context) {
        try {
            return renderParsed(parse(fragment), context);
        } catch (MalformedStorage e) {
            return ErrorBox.html("Malformed storage format / ストレージ形式の誤り", e.getMessage());
        }
    }

    private String renderParsed(Document document, ConversionContext context) {
        StringBuilder out = new StringBuilder();
        children(document.getDocumentElement(), context, out);
        return out.toString();
    }

    private static Document parse(String body) {
        String wrapped = "<ac:root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + body + "</ac:root>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setCoalescing(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(new InputSource(new StringReader(wrapped)));
        } catch (Exception e) {
            throw new MalformedStorage(e.getMessage());
        }
    }

    private void children(Node parent, ConversionContext context, StringBuilder out) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            node(children.item(i), context, out);
        }
    }

    private void node(Node node, ConversionContext context, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(Html.escape(node.getNodeValue()));
            case Node.ELEMENT_NODE -> element((Element) node, context, out);
            default -> {
                // comments and processing instructions are not shown
            }
        }
    }

    private void element(Element element, ConversionContext context, StringBuilder out) {
        String namespace = element.getNamespaceURI();
        if (AC.equals(namespace) && element.getLocalName().equals("structured-macro")) {
            out.append(macro(element, context));
        } else if (AC.equals(namespace) && element.getLocalName().equals("link")) {
            out.append(link(element, context));
        } else if (AC.equals(namespace) || RI.equals(namespace)) {
            children(element, context, out);
        } else {
            htmlElement(element, context, out);
        }
    }

    private void htmlElement(Element element, ConversionContext context, StringBuilder out) {
        String tag = element.getTagName().toLowerCase(Locale.ROOT);
        if (DROPPED_ELEMENTS.contains(tag)) {
            return;
        }
        out.append('<').append(tag);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (isSafeAttribute(attribute.getNodeName(), attribute.getNodeValue())) {
                out.append(' ').append(attribute.getNodeName()).append("=\"").append(Html.escape(attribute.getNodeValue())).append('"');
            }
        }
        out.append('>');
        if (!VOID_ELEMENTS.contains(tag)) {
            children(element, context, out);
            out.append("</").append(tag).append('>');
        }
    }

    /** Scripts never come from a page body: no event handlers, no javascript: URLs, no namespace declarations. */
    private static boolean isSafeAttribute(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("on") && !lower.startsWith("xmlns") && lower.matches("[a-z][a-z0-9_:-]*")
                && !value.trim().toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    private String macro(Element element, ConversionContext context) {
        String name = element.getAttributeNS(AC, "name");
        Optional<Macro> macro = macros.apply(name);
        if (macro.isEmpty()) {
            return ErrorBox.html("Unknown macro / 不明なマクロ: " + name, "No xhtml-macro module named '" + name + "' is installed.");
        }
        try {
            return macro.get().execute(parameters(element), body(element, context), context);
        } catch (Exception e) {
            return ErrorBox.html("Error rendering macro / マクロの表示エラー: " + name, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element parameter : acChildren(macro, "parameter")) {
            parameters.put(parameter.getAttributeNS(AC, "name"), parameter.getTextContent());
        }
        return parameters;
    }

    private String body(Element macro, ConversionContext context) {
        for (Element plain : acChildren(macro, "plain-text-body")) {
            return plain.getTextContent();
        }
        for (Element rich : acChildren(macro, "rich-text-body")) {
            StringBuilder out = new StringBuilder();
            children(rich, context, out);
            return out.toString();
        }
        return "";
    }

    private String link(Element link, ConversionContext context) {
        List<Element> pages = descendants(link, RI, "page");
        String title = pages.isEmpty() ? "" : pages.get(0).getAttributeNS(RI, "content-title");
        String spaceKey = pages.isEmpty() || pages.get(0).getAttributeNS(RI, "space-key").isEmpty()
                ? context.getSpaceKey() : pages.get(0).getAttributeNS(RI, "space-key");
        String text = link.getTextContent().isBlank() ? title : link.getTextContent();
        return pageUrls.apply(spaceKey, title)
                .map(url -> "<a href=\"" + Html.escape(url) + "\">" + Html.escape(text) + "</a>")
                .orElse("<span class=\"wb-missing-link\">" + Html.escape(text) + "</span>");
    }

    private static List<Element> acChildren(Element parent, String localName) {
        return descendants(parent, AC, localName).stream().filter(child -> child.getParentNode() == parent).toList();
    }

    private static List<Element> descendants(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static final class MalformedStorage extends RuntimeException {
        MalformedStorage(String message) {
            super(message);
        }
    }
}
