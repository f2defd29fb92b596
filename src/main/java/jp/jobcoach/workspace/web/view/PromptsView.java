package jp.jobcoach.workspace.web.view;

import java.util.Map;
import jp.jobcoach.workspace.domain.interview.FollowUpPoint;
import jp.jobcoach.workspace.domain.interview.GuidedPrompts;
import jp.jobcoach.workspace.domain.interview.TechniqueHint;

/**
 * The model of the interview guide beside the form, which {@code templates/jobcoach/interview-prompts.vm}
 * renders: the seven follow-up points with an example question each, then how to ask. It helps while writing, so
 * it goes with the form: never in static output, and hidden in print ({@code jobcoach-controls}).
 */
final class PromptsView {
    private PromptsView() {
    }

    static Map<String, Object> model(ViewText text) {
        return Map.of("title", text.message(GuidedPrompts.TITLE),
                "followUpHeading", text.message(GuidedPrompts.FOLLOW_UP_HEADING),
                "followUps", GuidedPrompts.followUpPoints().stream().map(point -> item(text.label(point), text.message(point.questionKey()))).toList(),
                "hintsHeading", text.message(GuidedPrompts.HINTS_HEADING),
                "hints", GuidedPrompts.techniqueHints().stream().map(hint -> item(text.label(hint), text.message(hint.detailKey()))).toList());
    }

    private static Map<String, Object> item(String titleText, String detailText) {
        return Map.of("title", titleText, "detail", detailText);
    }
}
