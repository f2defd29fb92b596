package jp.jobcoach.workspace.domain.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * The guide shown beside the interview form (and hidden in print): the follow-up points in the order an
 * interview usually takes them, then the technique hints. Everything is an i18n key, so the text is in the
 * bundles in both languages.
 */
public final class GuidedPrompts {

    public static final String TITLE = "jobcoach.interview.prompts.title";
    public static final String FOLLOW_UP_HEADING = "jobcoach.interview.prompts.follow-up";
    public static final String HINTS_HEADING = "jobcoach.interview.prompts.hints";

    private GuidedPrompts() {
    }

    /** One line of the guide: a heading, a follow-up point with its example question, or a hint with detail. */
    public record Prompt(String key, String detailKey) {
    }

    public static List<FollowUpPoint> followUpPoints() {
        return List.of(FollowUpPoint.values());
    }

    public static List<TechniqueHint> techniqueHints() {
        return List.of(TechniqueHint.values());
    }

    /** The whole guide in display order; headings have no detail. */
    public static List<Prompt> all() {
        List<Prompt> prompts = new ArrayList<>();
        prompts.add(new Prompt(TITLE, null));
        prompts.add(new Prompt(FOLLOW_UP_HEADING, null));
        followUpPoints().forEach(point -> prompts.add(new Prompt(point.i18nKey(), point.questionKey())));
        prompts.add(new Prompt(HINTS_HEADING, null));
        techniqueHints().forEach(hint -> prompts.add(new Prompt(hint.i18nKey(), hint.detailKey())));
        return List.copyOf(prompts);
    }

    /** Every key the guide uses, in display order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        all().forEach(prompt -> {
            keys.add(prompt.key());
            if (prompt.detailKey() != null) {
                keys.add(prompt.detailKey());
            }
        });
        return List.copyOf(keys);
    }
}
