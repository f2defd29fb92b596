package jp.jobcoach.workspace.web.view;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.jobcoach.workspace.web.html.TemplateEscapes;
import org.junit.Test;
import org.w3c.dom.NodeList;

/**
 * The descriptor's {@code <velocity-allowlist>} names exactly the public methods of the tools every template gets,
 * so the list cannot drift from the code: a new tool method without its entry, or an entry for a method that went,
 * fails here (and a template calling anything else fails in the workbench's renderer).
 */
public class TemplateAllowlistTest {
    private static final List<Class<?>> TEMPLATE_TOOLS = List.of(TemplateText.class, TemplateEscapes.class);

    @Test
    public void allowlistNamesExactlyThePublicMethodsOfTheTemplateTools() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Class<?> tool : TEMPLATE_TOOLS) {
            for (Method method : tool.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    expected.add(tool.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                            .map(Class::getName).collect(Collectors.joining(",")) + ")");
                }
            }
        }
        assertEquals(expected, allowlist());
    }

    private static Set<String> allowlist() throws Exception {
        try (InputStream in = TemplateAllowlistTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList methods = factory.newDocumentBuilder().parse(in).getElementsByTagName("method");
            Set<String> entries = new TreeSet<>();
            for (int i = 0; i < methods.getLength(); i++) {
                if (methods.item(i).getParentNode().getNodeName().equals("velocity-allowlist")) {
                    entries.add(methods.item(i).getTextContent().trim());
                }
            }
            return entries;
        }
    }
}
