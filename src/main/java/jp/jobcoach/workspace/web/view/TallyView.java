package jp.jobcoach.workspace.web.view;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.VisitTally;

/**
 * Planned against done visits per plan phase, as a table and an inline SVG chart: SVG works in PDF, Word and
 * email, where no script could draw one. Builds the model of {@code templates/jobcoach/tally.vm} (the table's
 * texts and the chart's geometry), which the case panel's template includes.
 */
final class TallyView {
    private static final int LABEL_WIDTH = 140;
    private static final int BAR_WIDTH = 220;
    private static final int ROW_HEIGHT = 30;
    private static final String PLANNED_COLOUR = "#c1c7d0";
    private static final String DONE_COLOUR = "#0052cc";

    static final String TEMPLATE = "templates/jobcoach/tally.vm";

    private TallyView() {
    }

    /** TRANSITION ONLY: the tally as markup for VisitsView, until that view includes the template itself. */
    static String render(ViewContext v, List<VisitTally> tallies) {
        return v.render(TEMPLATE, Map.of("tally", model(v.text(), tallies)));
    }

    static Map<String, Object> model(ViewText t, List<VisitTally> tallies) {
        int max = Math.max(1, tallies.stream().mapToInt(tally -> Math.max(tally.planned(), tally.done())).max().orElse(1));
        return Map.of("headers", List.of(t.t("jobcoach.field.phase"), t.t("jobcoach.web.dates"),
                        t.t("jobcoach.web.visits.planned"), t.t("jobcoach.web.visits.done")),
                "rows", IntStream.range(0, tallies.size()).mapToObj(i -> row(t, tallies.get(i), i * ROW_HEIGHT, max)).toList(),
                "width", LABEL_WIDTH + BAR_WIDTH + 40, "height", ROW_HEIGHT * tallies.size(), "barX", LABEL_WIDTH);
    }

    /** One phase: its table cells, and its label and two bars at height {@code y} of the chart. */
    private static Map<String, Object> row(ViewText t, VisitTally tally, int y, int max) {
        return Map.of("phase", t.label(tally.phase()),
                "dates", t.day(tally.dates().start()) + " – " + t.day(tally.dates().end()),
                "planned", tally.planned(), "done", tally.done(), "labelY", y + 18,
                "bars", List.of(bar(y + 4, tally.planned(), max, PLANNED_COLOUR), bar(y + 15, tally.done(), max, DONE_COLOUR)));
    }

    private static Map<String, Object> bar(int y, int value, int max, String colour) {
        int width = value * BAR_WIDTH / max;
        return Map.of("y", y, "width", width, "value", value, "colour", colour, "valueX", LABEL_WIDTH + width + 4,
                "valueY", y + 9);
    }
}
