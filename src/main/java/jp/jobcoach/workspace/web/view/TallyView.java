package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.List;
import jp.jobcoach.workspace.domain.VisitTally;

/**
 * Planned against done visits per plan phase, as a table and an inline SVG chart: SVG made here works in PDF,
 * Word and email, where no script could draw one.
 */
final class TallyView {
    private static final int LABEL_WIDTH = 140;
    private static final int BAR_WIDTH = 220;
    private static final int ROW_HEIGHT = 30;

    private TallyView() {
    }

    static String render(ViewText t, List<VisitTally> tallies) {
        if (tallies.isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.visits.no-plan-phases"));
        }
        List<List<String>> rows = tallies.stream().map(tally -> List.of(text(t.label(tally.phase())),
                text(t.day(tally.dates().start()) + " – " + t.day(tally.dates().end())),
                String.valueOf(tally.planned()), String.valueOf(tally.done()))).toList();
        return Markup.table(List.of(t.t("jobcoach.field.phase"), t.t("jobcoach.web.dates"),
                t.t("jobcoach.web.visits.planned"), t.t("jobcoach.web.visits.done")), rows) + chart(t, tallies);
    }

    private static String chart(ViewText t, List<VisitTally> tallies) {
        int max = Math.max(1, tallies.stream().mapToInt(tally -> Math.max(tally.planned(), tally.done())).max().orElse(1));
        int height = ROW_HEIGHT * tallies.size();
        StringBuilder svg = new StringBuilder("<svg class=\"jobcoach-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 40).append("\" height=\"").append(height).append("\"><title>")
                .append(text(t.t("jobcoach.web.visits.chart"))).append("</title>");
        for (int i = 0; i < tallies.size(); i++) {
            VisitTally tally = tallies.get(i);
            int y = i * ROW_HEIGHT;
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"12\">").append(text(t.label(tally.phase())))
                    .append("</text>")
                    .append(bar(y + 4, tally.planned(), max, "#c1c7d0"))
                    .append(bar(y + 15, tally.done(), max, "#0052cc"));
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(int y, int value, int max, String colour) {
        int width = value * BAR_WIDTH / max;
        return "<rect x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"9\" fill=\"" + colour
                + "\"/><text x=\"" + (LABEL_WIDTH + width + 4) + "\" y=\"" + (y + 9) + "\" font-size=\"10\">" + value + "</text>";
    }
}
