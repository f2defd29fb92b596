package jp.jobcoach.workspace.domain.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.jobcoach.workspace.domain.DomainBundles;
import org.junit.Test;

public class PromptLevelTest {

    @Test
    public void theScaleRunsFromIndependentFourToPhysicalZero() {
        assertEquals(OptionalInt.of(4), PromptLevel.INDEPENDENT.score());
        assertEquals(OptionalInt.of(3), PromptLevel.VERBAL.score());
        assertEquals(OptionalInt.of(2), PromptLevel.GESTURE.score());
        assertEquals(OptionalInt.of(1), PromptLevel.MODEL.score());
        assertEquals(OptionalInt.of(0), PromptLevel.PHYSICAL.score());
        assertEquals(OptionalInt.empty(), PromptLevel.NOT_OBSERVED.score());
        for (int score = 0; score <= 4; score++) {
            assertEquals(OptionalInt.of(score), PromptLevel.ofScore(score).orElseThrow().score());
        }
        assertEquals(Optional.empty(), PromptLevel.ofScore(5));
        assertEquals(Optional.empty(), PromptLevel.ofScore(-1));
        assertEquals(List.of(PromptLevel.PHYSICAL, PromptLevel.MODEL, PromptLevel.GESTURE, PromptLevel.VERBAL,
                PromptLevel.INDEPENDENT), PromptLevel.observedLevels());
    }

    @Test
    public void notObservedIsNeitherMoreNorLessHelpThanAnything() {
        for (PromptLevel level : PromptLevel.values()) {
            assertFalse(PromptLevel.NOT_OBSERVED.moreHelpThan(level));
            assertFalse(level.moreHelpThan(PromptLevel.NOT_OBSERVED));
        }
        assertTrue(PromptLevel.PHYSICAL.moreHelpThan(PromptLevel.MODEL));
        assertFalse(PromptLevel.INDEPENDENT.moreHelpThan(PromptLevel.VERBAL));
    }

    @Test
    public void everyLevelHasItsOwnColoursAndLabelsInBothLanguages() {
        Set<String> backgrounds = new HashSet<>();
        Set<String> strong = new HashSet<>();
        for (PromptLevel level : PromptLevel.values()) {
            assertTrue(backgrounds.add(level.background()));
            assertTrue(strong.add(level.strong()));
            assertNotEquals(level.background(), level.foreground());
            DomainBundles.assertTranslated(level.i18nKey());
            DomainBundles.assertTranslated(level.shortKey());
        }
        assertEquals("自立", DomainBundles.JAPANESE.getProperty(PromptLevel.INDEPENDENT.i18nKey()));
        assertEquals("手添え", DomainBundles.JAPANESE.getProperty(PromptLevel.PHYSICAL.i18nKey()));
        for (Trend trend : Trend.values()) {
            DomainBundles.assertTranslated(trend.i18nKey());
        }
        for (AnalysisStatus status : AnalysisStatus.values()) {
            DomainBundles.assertTranslated(status.i18nKey());
        }
    }

    @Test
    public void everyValidationKeyOfTaskAnalysesIsTranslated() {
        for (String key : List.of(TaskSession.UNKNOWN_STEP, TaskSession.RETIRED_STEP, TaskSession.DUPLICATE_STEP,
                TaskSession.IN_THE_FUTURE, TaskAnalysis.STEP_HAS_HISTORY, TaskAnalysis.TOO_MANY_STEPS)) {
            DomainBundles.assertTranslated(key);
        }
    }
}
