package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;

/**
 * A case's timeline ({@code jobcoach-timeline}): the newest page, and in a browser a filter by kind and role and
 * a "more" button that jobcoach-interviews.js serves from the REST API with the page's cursor. It builds the
 * model that {@code templates/jobcoach/timeline.vm} renders. The script builds further entries like the
 * template's; the filter's labels double as its kind and role names. Static output is the first page alone.
 */
public final class TimelineView {
    public static final String MACRO = "timeline";
    static final String TEMPLATE = "templates/jobcoach/timeline.vm";
    private static final String REVISION = "jobcoach.web.timeline.revision";

    public record Model(long caseId, TimelinePage page, int pageSize) {
    }

    private TimelineView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        return view.render(TEMPLATE, Map.of(
                "entries", model.page().entries().stream()
                        .map(entry -> entry(text, entry, view.interactive() && model.page().removable(entry))).toList(),
                "controls", view.interactive() ? controls(text, model) : Map.of()));
    }

    /** {@code removable}: the viewer's own comment, with a button that takes it off the timeline (jobcoach-interviews.js). */
    private static Map<String, Object> entry(ViewText text, TimelineEntry entry, boolean removable) {
        Map<String, Object> out = new HashMap<>();
        out.put("kind", entry.kind().name());
        out.put("when", entry.kind() == TimelineKind.COMMENT ? text.when(entry.at())
                : text.day(LocalDate.ofInstant(entry.at(), ZoneOffset.UTC)));
        out.put("kindLabel", text.label(entry.kind()));
        out.put("link", Objects.requireNonNullElse(entry.link(), ""));
        out.put("title", title(text, entry));
        out.put("hasAuthor", entry.authorKey() != null);
        out.put("author", entry.authorKey() == null ? "" : text.person(entry.authorKey()));
        out.put("authorRole", text.label(entry.authorRole()));
        out.put("excerpt", entry.excerpt() == null || entry.excerpt().isBlank() ? "" : entry.excerpt());
        out.put("removable", removable);
        out.put("commentId", entry.sourceId());
        return out;
    }

    /**
     * What the entry is called: visits, interviews and plan changes are stored with a code (visit kind, interview
     * status, revision number), shown translated; accommodation steps and comments carry their own title.
     */
    static String title(ViewText text, TimelineEntry entry) {
        String code = entry.title() == null ? "" : entry.title();
        return switch (entry.kind()) {
            case VISIT -> label(text, VisitKind.class, code);
            case INTERVIEW -> label(text, InterviewStatus.class, code);
            case PLAN_CHANGE -> text.message(REVISION, code);
            default -> code;
        };
    }

    private static <E extends Enum<E> & Labelled> String label(ViewText text, Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return text.label(value);
            }
        }
        return code;
    }

    /** What only a browser gets: the filter, the titles for the script, and where the next page starts. */
    private static Map<String, Object> controls(ViewText text, Model model) {
        return Map.of("path", "/cases/" + model.caseId() + "/timeline", "pageSize", model.pageSize(),
                "filters", List.of(filter(text, "kinds", text.message("jobcoach.field.kinds"), TimelineKind.values()),
                        filter(text, "roles", text.message("jobcoach.field.roles"), CaseRole.values())),
                "titles", titles(text), "cursor", model.page().next().map(TimelineCursor::encode).orElse(""));
    }

    /** The translated titles for the script, which pages in entries with their codes: kind:code to title. */
    private static List<Map<String, Object>> titles(ViewText text) {
        List<Map<String, Object>> titles = new ArrayList<>();
        Arrays.stream(VisitKind.values()).forEach(kind -> titles.add(title("VISIT:" + kind.name(), text.label(kind))));
        Arrays.stream(InterviewStatus.values()).forEach(status -> titles.add(title("INTERVIEW:" + status.name(), text.label(status))));
        titles.add(title("PLAN_CHANGE", text.message(REVISION, "{0}")));
        return titles;
    }

    private static Map<String, Object> title(String key, String titleText) {
        return Map.of("key", key, "text", titleText);
    }

    /** Checkboxes of kinds or roles; none ticked shows everything, as the REST API reads it. */
    private static <E extends Enum<E> & Labelled> Map<String, Object> filter(ViewText text, String name, String legendText,
                                                                            E[] values) {
        return Map.of("name", name, "legend", legendText, "choices", Arrays.stream(values).map(value -> Map.<String, Object>of(
                "id", "jobcoach-timeline-" + name + "-" + value.name(), "value", value.name(), "label", text.label(value))).toList());
    }
}
