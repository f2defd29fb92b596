package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import jp.jobcoach.workspace.domain.interview.FollowUpPoint;
import jp.jobcoach.workspace.domain.interview.GuidedPrompts;
import jp.jobcoach.workspace.domain.interview.TechniqueHint;

/**
 * The interview guide beside the form: the seven follow-up points with an example question each, then how to
 * ask. It helps while writing, so it goes with the form: never in static output, and hidden in print
 * ({@code jobcoach-controls}).
 */
final class PromptsView {
    private PromptsView() {
    }

    static String render(ViewText t) {
        StringBuilder out = new StringBuilder("<aside class=\"jobcoach-prompts jobcoach-controls\" aria-label=\"")
                .append(text(t.t(GuidedPrompts.TITLE))).append("\"><h4>").append(text(t.t(GuidedPrompts.TITLE)))
                .append("</h4><h5>").append(text(t.t(GuidedPrompts.FOLLOW_UP_HEADING))).append("</h5><ol>");
        for (FollowUpPoint point : GuidedPrompts.followUpPoints()) {
            out.append(item(t.label(point), t.t(point.questionKey())));
        }
        out.append("</ol><h5>").append(text(t.t(GuidedPrompts.HINTS_HEADING))).append("</h5><ul>");
        for (TechniqueHint hint : GuidedPrompts.techniqueHints()) {
            out.append(item(t.label(hint), t.t(hint.detailKey())));
        }
        return out.append("</ul></aside>").toString();
    }

    private static String item(String titleText, String detailText) {
        return "<li><strong>" + text(titleText) + "</strong><br><span>" + text(detailText) + "</span></li>";
    }
}
