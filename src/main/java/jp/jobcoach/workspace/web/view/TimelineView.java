package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * a "more" button. It builds the models that {@code templates/jobcoach/timeline.vm} renders for the macro and
 * {@code timeline-entries.vm} for jobcoach-timeline.js, which asks the REST API for the entries of a further
 * page or of a filter ({@link #renderEntries}) and inserts them as rendered: both templates render each entry
 * with {@code timeline-entry.vm}, so entries have one renderer and the script holds no markup of them. Static
 * output is the first page alone.
 */
public final class TimelineView {
    public static final String MACRO = "timeline";
    static final String TEMPLATE = "templates/jobcoach/timeline.vm";
    static final String ENTRIES_TEMPLATE = "templates/jobcoach/timeline-entries.vm";
    private static final String REVISION = "jobcoach.web.timeline.revision";
    private static final String INTERVIEW = "jobcoach.web.timeline.interview";

    /** @param kinds the kinds the filter offers: those the viewer may see (TimelineService decides) */
    public record Model(long caseId, TimelinePage page, int pageSize, List<TimelineKind> kinds) {
    }

    private TimelineView() {
    }

    public static String render(ViewContext view, Model model) {
        return view.render(TEMPLATE, Map.of("entries", entries(view, model.page()),
                "controls", view.interactive() ? controls(view.text(), model) : Map.of()));
    }

    /**
     * The entries of {@code page} alone, as the macro's list holds them, in a list that says where the page after
     * them starts ({@code data-next}, empty on the last page): what the script inserts for "more" and the filter.
     */
    public static String renderEntries(ViewContext view, TimelinePage page) {
        return view.render(ENTRIES_TEMPLATE, Map.of("entries", entries(view, page), "next", next(page)));
    }

    private static List<Map<String, Object>> entries(ViewContext view, TimelinePage page) {
        return page.entries().stream()
                .map(entry -> entry(view.text(), entry, view.interactive() && page.removable(entry))).toList();
    }

    private static String next(TimelinePage page) {
        return page.next().map(TimelineCursor::encode).orElse("");
    }

    /** {@code removable}: the viewer's own comment, with a button that takes it off the timeline (jobcoach-timeline.js). */
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
        out.put("excerpt", entry.kind() == TimelineKind.TASK_SESSION ? taskRate(text, entry.excerpt())
                : entry.excerpt() == null || entry.excerpt().isBlank() ? "" : entry.excerpt());
        out.put("removable", removable);
        out.put("commentId", entry.sourceId());
        return out;
    }

    /**
     * What the entry is called: visits, interviews and plan changes are stored with a code (visit kind, interview
     * status, revision number), shown translated; accommodation steps and comments carry their own title. An
     * interview's status alone (draft, final) says nothing in a list, so it reads with the kind and the date.
     */
    static String title(ViewText text, TimelineEntry entry) {
        String code = entry.title() == null ? "" : entry.title();
        return switch (entry.kind()) {
            case VISIT -> label(text, VisitKind.class, code);
            case INTERVIEW -> text.message(INTERVIEW, text.day(LocalDate.ofInstant(entry.at(), ZoneOffset.UTC)),
                    label(text, InterviewStatus.class, code));
            case PLAN_CHANGE -> text.message(REVISION, code);
            default -> code;
        };
    }

    /** A task session's rate, stored as "independent/observed", in words; blank when the session observed nothing. */
    static String taskRate(ViewText text, String code) {
        if (code == null || !code.matches("\\d+/\\d+")) {
            return "";
        }
        String[] parts = code.split("/");
        jp.jobcoach.workspace.domain.task.IndependenceRate rate = new jp.jobcoach.workspace.domain.task.IndependenceRate(
                Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        return text.message("jobcoach.web.timeline.task-rate", TaskAnalysisView.rateText(text, rate));
    }

    private static <E extends Enum<E> & Labelled> String label(ViewText text, Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return text.label(value);
            }
        }
        return code;
    }

    /** What only a browser gets: the filter, the timeline's REST path for the script, and where the next page starts. */
    private static Map<String, Object> controls(ViewText text, Model model) {
        return Map.of("path", "/cases/" + model.caseId() + "/timeline", "pageSize", model.pageSize(),
                "filters", List.of(filter(text, "kinds", text.message("jobcoach.field.kinds"), model.kinds()),
                        filter(text, "roles", text.message("jobcoach.field.roles"), Arrays.asList(CaseRole.values()))),
                "cursor", next(model.page()));
    }

    /** Checkboxes of kinds or roles; none ticked shows everything, as the REST API reads it. */
    private static <E extends Enum<E> & Labelled> Map<String, Object> filter(ViewText text, String name, String legendText,
                                                                            List<E> values) {
        return Map.of("name", name, "legend", legendText, "choices", values.stream().map(value -> Map.<String, Object>of(
                "id", "jobcoach-timeline-" + name + "-" + value.name(), "value", value.name(), "label", text.label(value))).toList());
    }
}
