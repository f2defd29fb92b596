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

    static Map<String, Object> model(ViewText t) {
        return Map.of("title", t.t(GuidedPrompts.TITLE),
                "followUpHeading", t.t(GuidedPrompts.FOLLOW_UP_HEADING),
                "followUps", GuidedPrompts.followUpPoints().stream().map(point -> item(t.label(point), t.t(point.questionKey()))).toList(),
                "hintsHeading", t.t(GuidedPrompts.HINTS_HEADING),
                "hints", GuidedPrompts.techniqueHints().stream().map(hint -> item(t.label(hint), t.t(hint.detailKey()))).toList());
    }

    private static Map<String, Object> item(String titleText, String detailText) {
        return Map.of("title", titleText, "detail", detailText);
    }
}
