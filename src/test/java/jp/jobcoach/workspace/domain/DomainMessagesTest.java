package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.ENGLISH;
import static jp.jobcoach.workspace.domain.DomainBundles.JAPANESE;
import static jp.jobcoach.workspace.domain.DomainBundles.assertTranslated;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** The plugin bundles i18n/jobcoach*.properties cover every key the domain uses, in both languages. */
public class DomainMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/jobcoach/workspace/domain");

    @Test
    public void bothLanguagesHaveTheSameKeys() {
        assertEquals(ENGLISH.stringPropertyNames(), JAPANESE.stringPropertyNames());
        // The macro browser looks its labels up as <plugin key>.<macro name>.label/.desc/.param.<name>.*, so those
        // keys carry the plugin key's prefix instead of ours. Parameter names may be camelCase (leaveStart).
        ENGLISH.stringPropertyNames().forEach(key -> assertTrue(key, key.startsWith("jobcoach.")
                || key.matches("jp\\.jobcoach\\.workspace\\.jobcoach-[a-z-]+\\.(label|desc|param\\.[A-Za-z]+\\.(label|desc))")));
    }

    /** A key given twice keeps only its last text, silently: two features that chose one key for two texts. */
    @Test
    public void noKeyIsGivenTwice() throws IOException {
        for (String bundle : List.of("i18n/jobcoach.properties", "i18n/jobcoach_ja.properties")) {
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    assertTrue(bundle + ": " + line.substring(0, equals) + " given twice", seen.add(line.substring(0, equals).trim()));
                }
            }
        }
    }

    @Test
    public void everyEnumLabelIsTranslated() {
        Stream.of(CaseRole.values(), DataCategory.values(), SupportType.values(), CasePhase.values(),
                        PlanPhase.values(), VisitKind.values(), CenterCoachSlot.values(), AgreementParty.values(),
                        VisitFrequency.Unit.values())
                .flatMap(Stream::of)
                .forEach(label -> assertTranslated(label.i18nKey()));
    }

    @Test
    public void everyMessageKeyWrittenInTheDomainIsTranslated() throws IOException {
        Pattern literalKey = Pattern.compile("\"(jobcoach\\.validation\\.[a-z.-]+)\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher keys = literalKey.matcher(Files.readString(file));
                while (keys.find()) {
                    assertTranslated(keys.group(1));
                }
            }
        }
    }

    @Test
    public void japaneseIsReadableTextNotEscapes() throws IOException {
        String japanese = Files.readString(Path.of("i18n/jobcoach_ja.properties"));
        assertTrue(japanese.contains("協同支援型"));
        assertTrue(!japanese.contains("\\u"));
    }

    @Test
    public void messagesAvoidApostrophesThatMessageFormatWouldEat() {
        List.of(ENGLISH, JAPANESE).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertTrue(key, !bundle.getProperty(key).contains("'"))));
    }
}
