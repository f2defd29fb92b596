package jp.jobcoach.workspace.domain.interview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.HashSet;
import java.util.List;
import org.junit.Test;

public class GuidedPromptsTest {

    @Test
    public void sevenFollowUpPointsInTheOrderOfTheGuide() {
        assertEquals(List.of("jobcoach.interview.follow-up.relapse-or-new-problems",
                        "jobcoach.interview.follow-up.attendance-and-performance",
                        "jobcoach.interview.follow-up.plan-progress",
                        "jobcoach.interview.follow-up.treatment",
                        "jobcoach.interview.follow-up.plan-review",
                        "jobcoach.interview.follow-up.workplace-improvements",
                        "jobcoach.interview.follow-up.consideration-by-boss-and-colleagues"),
                GuidedPrompts.followUpPoints().stream().map(FollowUpPoint::i18nKey).toList());
        assertEquals("jobcoach.interview.follow-up.treatment.question", FollowUpPoint.TREATMENT.questionKey());
    }

    @Test
    public void threeTechniqueHintsWithDetail() {
        assertEquals(List.of(TechniqueHint.OPEN_QUESTIONS, TechniqueHint.OWN_SIGNS, TechniqueHint.ONE_SMALL_STEP),
                GuidedPrompts.techniqueHints());
        assertEquals("jobcoach.interview.hint.one-small-step.detail", TechniqueHint.ONE_SMALL_STEP.detailKey());
    }

    @Test
    public void theGuideIsHeadedAndOrdered() {
        List<GuidedPrompts.Prompt> all = GuidedPrompts.all();
        assertEquals(1 + 1 + 7 + 1 + 3, all.size());
        assertEquals(GuidedPrompts.TITLE, all.get(0).key());
        assertNull(all.get(0).detailKey());
        assertEquals(GuidedPrompts.FOLLOW_UP_HEADING, all.get(1).key());
        assertEquals(FollowUpPoint.RELAPSE_OR_NEW_PROBLEMS.questionKey(), all.get(2).detailKey());
        assertEquals(GuidedPrompts.HINTS_HEADING, all.get(9).key());
        List<String> keys = GuidedPrompts.keys();
        assertEquals(3 + 2 * 7 + 2 * 3, keys.size());
        assertEquals(keys.size(), new HashSet<>(keys).size());
        keys.forEach(DomainBundles::assertTranslated);
    }

    @Test
    public void treatmentPromptRemindsToRecordOnlyWhatTheWorkerShares() {
        String english = DomainBundles.ENGLISH.getProperty(FollowUpPoint.TREATMENT.questionKey());
        String japanese = DomainBundles.JAPANESE.getProperty(FollowUpPoint.TREATMENT.questionKey());
        assertFalse(english.isBlank());
        assertEquals(true, english.contains("chooses to share"));
        assertEquals(true, japanese.contains("本人が話してよい"));
    }
}
