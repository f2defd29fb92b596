package jp.jobcoach.workspace.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.xml.sax.InputSource;

/**
 * The page templates (the blueprint's home page and the case pages): well-formed storage format, translated
 * texts, only macros that exist, and only the variables their filler gives.
 */
public class CaseTemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** The home page takes nothing of the worker (decision #16); the case pages only the case's name (CasePageDraft). */
    private static final Set<String> HOME_VARIABLES = Set.of();
    private static final Set<String> CASE_PAGE_VARIABLES = Set.of("caseName");

    private static List<Path> templates() throws IOException {
        try (var files = Files.list(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Set<String> found(String regex, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    public void everyPageOfTheTreeHasATemplateThatIsWellFormed() throws Exception {
        assertEquals(6, templates().size());
        for (Path template : templates()) {
            String wrapped = "<root xmlns:ac=\"a\" xmlns:ri=\"r\" xmlns:at=\"t\">" + Files.readString(template) + "</root>";
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped)));
        }
    }

    @Test
    public void everyTextIsInBothBundles() throws Exception {
        for (String bundle : List.of("i18n/jobcoach.properties", "i18n/jobcoach_ja.properties")) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(Path.of(bundle))) {
                properties.load(reader);
            }
            for (Path template : templates()) {
                for (String key : found("<at:i18n at:key=\"([^\"]+)\"", Files.readString(template))) {
                    assertTrue(bundle + " lacks " + key + " (" + template + ")", properties.containsKey(key));
                }
            }
        }
    }

    @Test
    public void templatesUseOnlyDeclaredMacrosAndNamedVariables() throws Exception {
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));
        Set<String> declared = found("<xhtml-macro name=\"([^\"]+)\"", descriptor);
        for (Path template : templates()) {
            String text = Files.readString(template);
            for (String macro : found("ac:name=\"(jobcoach-[a-z-]+)\"", text)) {
                assertTrue(template + " uses " + macro, declared.contains(macro));
            }
            Set<String> variables = found("<at:var at:name=\"([^\"]+)\"", text);
            Set<String> given = template.endsWith("case-home.xml") ? HOME_VARIABLES : CASE_PAGE_VARIABLES;
            assertTrue(template + ": " + variables, given.containsAll(variables));
        }
        assertEquals("the home page is the case macro without parameters", "<ac:structured-macro ac:name=\"jobcoach-case\"/>",
                Files.readString(TEMPLATES.resolve("case-home.xml")).strip());
        assertTrue(Files.readString(TEMPLATES.resolve("case-plan.xml")).contains("ac:name=\"jobcoach-plan\""));
    }
}
