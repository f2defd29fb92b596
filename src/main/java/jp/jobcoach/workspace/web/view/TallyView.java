package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.VisitTally;

/**
 * Planned against done visits per plan phase (planned: the phase's planned dates, with how many a visit kept, or
 * without dates the estimate from the plan's frequencies, marked ≈), as a table and an inline SVG chart: SVG works in PDF, Word and
 * email, where no script could draw one. This class computes the chart's geometry; {@code templates/jobcoach/tally.vm}
 * draws it. A view puts {@link #model} into its own model as {@code tally} and {@code #parse}s the template.
 */
final class TallyView {
    private static final int LABEL_WIDTH = 140;
    private static final int BAR_WIDTH = 220;
    private static final int ROW_HEIGHT = 30;
    private static final String PLANNED_COLOUR = "#c1c7d0";
    private static final String DONE_COLOUR = "#0052cc";

    private TallyView() {
    }

    /** What {@code tally.vm} reads as {@code $tally}; no rows when the plan has no phases yet. */
    static Map<String, Object> model(ViewText text, List<VisitTally> tallies) {
        int max = Math.max(1, tallies.stream().mapToInt(tally -> Math.max(tally.planned(), tally.done())).max().orElse(1));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            rows.add(row(text, tallies.get(i), i * ROW_HEIGHT, max));
        }
        return Map.of("headers", List.of(text.message("jobcoach.field.phase"), text.message("jobcoach.web.dates"),
                        text.message("jobcoach.web.visits.planned"), text.message("jobcoach.web.visits.done"),
                        text.message("jobcoach.web.visits.missed")),
                "rows", rows, "width", LABEL_WIDTH + BAR_WIDTH + 40, "height", ROW_HEIGHT * tallies.size(),
                "estimatedNote", tallies.stream().anyMatch(tally -> !tally.byDates())
                        ? text.message("jobcoach.web.visits.estimated-note") : "");
    }

    /** A table row and, {@code y} down the chart, the phase's label with its two bars. */
    private static Map<String, Object> row(ViewText text, VisitTally tally, int y, int max) {
        return Map.of("phase", text.label(tally.phase()),
                "dates", text.day(tally.dates().start()) + " – " + text.day(tally.dates().end()),
                "planned", tally.byDates() ? text.message("jobcoach.web.visits.planned-dates", tally.planned(), tally.kept())
                        : text.message("jobcoach.web.visits.estimated", tally.estimated()),
                "done", tally.done(), "missed", tally.byDates() ? String.valueOf(tally.missed()) : "—", "labelY", y + 18,
                "bars", List.of(bar(y + 4, tally.planned(), max, PLANNED_COLOUR), bar(y + 15, tally.done(), max, DONE_COLOUR)));
    }

    /** A bar as wide as its share of the largest count, with the count just after its end. */
    private static Map<String, Object> bar(int y, int value, int max, String colour) {
        int width = value * BAR_WIDTH / max;
        return Map.of("x", LABEL_WIDTH, "y", y, "width", width, "fill", colour, "value", value,
                "valueX", LABEL_WIDTH + width + 4, "valueY", y + 9);
    }
}
