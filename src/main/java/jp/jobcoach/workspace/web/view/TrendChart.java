package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionScale;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.store.Stored;

/**
 * Each condition rating's trend across interviews, oldest to newest, as inline SVG made here so that it reads
 * the same in PDF, Word and email. Items run on different scales (4 is good for mood, bad for fatigue), so each
 * row is drawn by severity: better is always up, and the worse half is marked as the part to talk about.
 */
final class TrendChart {
    private static final int LABEL_WIDTH = 130;
    private static final int STEP = 72;
    private static final int ROW_HEIGHT = 46;
    private static final int POINT_GAP = 9;
    private static final int AXIS_HEIGHT = 22;

    private TrendChart() {
    }

    /** The chart, or nothing when no interview the viewer sees has ratings. */
    static String render(ViewText t, List<Stored<RetentionInterview>> newestFirst) {
        List<RetentionInterview> rated = new ArrayList<>();
        newestFirst.forEach(stored -> {
            if (!stored.value().ratings().isEmpty()) {
                rated.add(0, stored.value());
            }
        });
        List<ConditionItem> items = ConditionItem.INTERVIEW_ITEMS.stream()
                .filter(item -> rated.stream().anyMatch(value -> value.ratings().rating(item).isPresent())).toList();
        if (items.isEmpty()) {
            return "";
        }
        int width = LABEL_WIDTH + STEP * rated.size() + 40;
        int height = ROW_HEIGHT * items.size() + AXIS_HEIGHT;
        StringBuilder svg = new StringBuilder("<svg class=\"jobcoach-chart jobcoach-trend\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(text(t.t("jobcoach.web.interviews.chart"))).append("</title>");
        for (int row = 0; row < items.size(); row++) {
            svg.append(row(t, items.get(row), rated, row * ROW_HEIGHT));
        }
        for (int column = 0; column < rated.size(); column++) {
            svg.append("<text x=\"").append(x(column)).append("\" y=\"").append(height - 6)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#42526e\">")
                    .append(text(t.day(rated.get(column).date()))).append("</text>");
        }
        return "<p class=\"jobcoach-meta\">" + text(t.t("jobcoach.web.interviews.chart")) + "</p>" + svg.append("</svg>");
    }

    /** One item: its name, a band for the worse half of the scale, and the line through its ratings. */
    private static String row(ViewText t, ConditionItem item, List<RetentionInterview> rated, int top) {
        StringBuilder out = new StringBuilder("<text x=\"0\" y=\"").append(top + 24).append("\" font-size=\"12\" fill=\"#172b4d\">")
                .append(text(t.label(item))).append("</text><rect x=\"").append(LABEL_WIDTH - 10).append("\" y=\"")
                .append(y(top, 2) - 4).append("\" width=\"").append(STEP * rated.size() + 20).append("\" height=\"")
                .append(POINT_GAP + 8).append("\" fill=\"#ffebe6\"/>");
        StringBuilder line = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int column = 0; column < rated.size(); column++) {
            OptionalInt rating = rated.get(column).ratings().rating(item);
            if (rating.isEmpty() || !ConditionScale.isOnScale(rating.getAsInt())) {
                continue;
            }
            int severity = item.scale().severity(rating.getAsInt());
            int x = x(column);
            int y = y(top, severity);
            line.append(x).append(',').append(y).append(' ');
            points.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3.5\" fill=\"")
                    .append(item.scale().isConcern(rating.getAsInt()) ? "#de350b" : "#0052cc").append("\"><title>")
                    .append(text(InterviewForm.ratingLabel(t, item, rating.getAsInt()))).append("</title></circle>")
                    .append("<text x=\"").append(x + 6).append("\" y=\"").append(y - 3).append("\" font-size=\"9\" fill=\"#42526e\">")
                    .append(rating.getAsInt()).append("</text>");
        }
        return out.append("<polyline fill=\"none\" stroke=\"#0052cc\" stroke-width=\"1.5\" points=\"")
                .append(line.toString().strip()).append("\"/>").append(points).toString();
    }

    private static int x(int column) {
        return LABEL_WIDTH + STEP / 2 + column * STEP;
    }

    /** Severity 0 (best) at the top of the row, 3 (worst) at the bottom. */
    private static int y(int top, int severity) {
        return top + 10 + severity * POINT_GAP;
    }
}
