package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionScale;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;

/**
 * Each condition rating's trend across interviews, oldest to newest, as inline SVG so that it reads the same in
 * PDF, Word and email: this class computes every position and label, {@code templates/jobcoach/interview-trend.vm}
 * draws them. Items run on different scales (4 is good for mood, bad for fatigue), so each row is drawn by
 * severity: better is always up, and the worse half is marked as the part to talk about.
 */
final class TrendChart {
    private static final int LABEL_WIDTH = 130;
    private static final int STEP = 72;
    private static final int ROW_HEIGHT = 46;
    private static final int POINT_GAP = 9;
    private static final int AXIS_HEIGHT = 22;

    private TrendChart() {
    }

    /** The chart's model, or none when no interview the viewer sees has ratings. */
    static Optional<Map<String, Object>> model(ViewText text, List<Stored<RetentionInterview>> newestFirst) {
        List<RetentionInterview> rated = new ArrayList<>();
        newestFirst.forEach(stored -> {
            if (!stored.value().ratings().isEmpty()) {
                rated.add(0, stored.value());
            }
        });
        List<ConditionItem> items = ConditionItem.INTERVIEW_ITEMS.stream()
                .filter(item -> rated.stream().anyMatch(value -> value.ratings().rating(item).isPresent())).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int height = ROW_HEIGHT * items.size() + AXIS_HEIGHT;
        return Optional.of(Map.of("title", text.message("jobcoach.web.interviews.chart"),
                "width", LABEL_WIDTH + STEP * rated.size() + 40, "height", height,
                "bandX", LABEL_WIDTH - 10, "bandWidth", STEP * rated.size() + 20, "bandHeight", POINT_GAP + 8,
                "rows", IntStream.range(0, items.size()).mapToObj(row -> row(text, items.get(row), rated, row * ROW_HEIGHT)).toList(),
                "axisY", height - 6,
                "columns", IntStream.range(0, rated.size()).mapToObj(column -> Map.<String, Object>of(
                        "x", x(column), "day", text.day(rated.get(column).date()))).toList()));
    }

    /** One item: its name, a band for the worse half of the scale, and the line through its on-scale ratings. */
    private static Map<String, Object> row(ViewText text, ConditionItem item, List<RetentionInterview> rated, int top) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int column = 0; column < rated.size(); column++) {
            OptionalInt rating = rated.get(column).ratings().rating(item);
            if (rating.isPresent() && ConditionScale.isOnScale(rating.getAsInt())) {
                points.add(point(text, item, rating.getAsInt(), x(column), y(top, item.scale().severity(rating.getAsInt()))));
            }
        }
        return Map.of("label", text.label(item), "labelY", top + 24, "bandY", y(top, 2) - 4, "points", points,
                "line", points.stream().map(point -> point.get("x") + "," + point.get("y")).collect(Collectors.joining(" ")));
    }

    /** A rating's dot, red where it is in the worse half, with its label as the tooltip and its number beside it. */
    private static Map<String, Object> point(ViewText text, ConditionItem item, int rating, int x, int y) {
        return Map.of("x", x, "y", y, "concern", item.scale().isConcern(rating),
                "label", InterviewForm.ratingLabel(text, item, rating), "rating", rating, "numberX", x + 6, "numberY", y - 3);
    }

    private static int x(int column) {
        return LABEL_WIDTH + STEP / 2 + column * STEP;
    }

    /** Severity 0 (best) at the top of the row, 3 (worst) at the bottom. */
    private static int y(int top, int severity) {
        return top + 10 + severity * POINT_GAP;
    }
}
