package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.ENGLISH;
import static jp.jobcoach.workspace.domain.DomainBundles.JAPANESE;
import static jp.jobcoach.workspace.domain.DomainBundles.assertTranslated;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import org.junit.Test;

/** The plugin bundles cover every key of the interview and timeline domain. */
public class InterviewMessagesTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/jp/jobcoach/workspace/domain/interview"),
            Path.of("src/main/java/jp/jobcoach/workspace/domain/timeline"));

    @Test
    public void everyEnumLabelAndScalePointIsTranslated() {
        Stream.of(ConditionItem.values(), ActionStatus.values(), InterviewStatus.values(), ReminderKind.values(),
                        TimelineKind.values(), FollowUpPoint.values(), TechniqueHint.values())
                .flatMap(Stream::of)
                .forEach(label -> assertTranslated(label.i18nKey()));
        for (ConditionItem item : ConditionItem.values()) {
            item.scale().pointKeys().forEach(DomainBundles::assertTranslated);
        }
        GuidedPrompts.keys().forEach(DomainBundles::assertTranslated);
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
        String japanese = Files.readString(Path.of("i18n/jobcoach_ja.properties"));
        assertTrue(japanese.contains("定着面談"));
        assertFalse(japanese.contains("\\u"));
    }

    @Test
    public void messagesAvoidApostrophesThatMessageFormatWouldEat() {
        List.of(ENGLISH, JAPANESE).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertFalse(key, bundle.getProperty(key).contains("'"))));
    }
}
