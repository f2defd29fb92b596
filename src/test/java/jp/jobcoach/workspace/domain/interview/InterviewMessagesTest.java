package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.interview.InterviewBundles.PLUGIN_ENGLISH;
import static jp.jobcoach.workspace.domain.interview.InterviewBundles.STAGED_ENGLISH;
import static jp.jobcoach.workspace.domain.interview.InterviewBundles.STAGED_JAPANESE;
import static jp.jobcoach.workspace.domain.interview.InterviewBundles.assertTranslated;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import org.junit.Test;

/** The staged bundles i18n/staging/interviews*.properties cover every key of the interview and timeline domain. */
public class InterviewMessagesTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/jp/jobcoach/workspace/domain/interview"),
            Path.of("src/main/java/jp/jobcoach/workspace/domain/timeline"));

    @Test
    public void bothLanguagesHaveTheSameKeysAllPrefixed() {
        assertEquals(STAGED_ENGLISH.stringPropertyNames(), STAGED_JAPANESE.stringPropertyNames());
        STAGED_ENGLISH.stringPropertyNames().forEach(key -> assertTrue(key, key.startsWith("jobcoach.")));
        STAGED_ENGLISH.stringPropertyNames().forEach(key -> assertFalse(key, STAGED_ENGLISH.getProperty(key).isBlank()));
        STAGED_JAPANESE.stringPropertyNames().forEach(key -> assertFalse(key, STAGED_JAPANESE.getProperty(key).isBlank()));
    }

    @Test
    public void stagedKeysDoNotRedefineThePluginBundle() {
        Set<String> both = new HashSet<>(STAGED_ENGLISH.stringPropertyNames());
        both.retainAll(PLUGIN_ENGLISH.stringPropertyNames());
        assertEquals(Set.of(), both);
    }

    @Test
    public void everyEnumLabelAndScalePointIsTranslated() {
        Stream.of(ConditionItem.values(), ActionStatus.values(), InterviewStatus.values(), ReminderKind.values(),
                        TimelineKind.values(), FollowUpPoint.values(), TechniqueHint.values())
                .flatMap(Stream::of)
                .forEach(label -> assertTranslated(label.i18nKey()));
        for (ConditionItem item : ConditionItem.values()) {
            item.scale().pointKeys().forEach(InterviewBundles::assertTranslated);
        }
        GuidedPrompts.keys().forEach(InterviewBundles::assertTranslated);
    }

    @Test
    public void everyKeyWrittenInTheSourcesIsTranslated() throws IOException {
        Pattern literalKey = Pattern.compile("\"(jobcoach\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
        int found = 0;
        for (Path source : SOURCES) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher keys = literalKey.matcher(Files.readString(file));
                    while (keys.find()) {
                        assertTranslated(keys.group(1));
                        found++;
                    }
                }
            }
        }
        assertTrue("the scan found no keys: it is broken", found > 5);
    }

    @Test
    public void japaneseIsReadableTextNotEscapes() throws IOException {
        String japanese = Files.readString(Path.of("i18n/staging/interviews_ja.properties"));
        assertTrue(japanese.contains("定着面談"));
        assertFalse(japanese.contains("\\u"));
    }

    @Test
    public void messagesAvoidApostrophesThatMessageFormatWouldEat() {
        List.of(STAGED_ENGLISH, STAGED_JAPANESE).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertFalse(key, bundle.getProperty(key).contains("'"))));
    }
}
