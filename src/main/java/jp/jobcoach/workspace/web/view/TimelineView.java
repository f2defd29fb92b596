package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.web.html.Html;

/**
 * A case's timeline ({@code jobcoach-timeline}): the newest page, and in a browser a filter by kind and role and
 * a "more" button that jobcoach-interviews.js serves from the REST API with the page's cursor. The script builds
 * further entries like {@link #entry}; the filter's labels double as its kind and role names. Static output is
 * the first page alone.
 */
public final class TimelineView {
    public static final String MACRO = "timeline";
    private static final String REVISION = "jobcoach.web.timeline.revision";

    public record Model(long caseId, TimelinePage page, int pageSize) {
    }

    private TimelineView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        StringBuilder list = new StringBuilder("<ol class=\"jobcoach-timeline-list\">");
        model.page().entries().forEach(entry -> list.append(entry(t, entry, v.interactive() && model.page().removable(entry))));
        list.append("</ol>").append("<p class=\"jobcoach-timeline-empty\"").append(model.page().entries().isEmpty() ? "" : " hidden")
                .append('>').append(text(t.t("jobcoach.web.none-yet"))).append("</p>");
        if (!v.interactive()) {
            return v.frame(MACRO, Markup.section(t.t("jobcoach.web.timeline.title"), list.toString()));
        }
        String box = "<div class=\"jobcoach-timeline-box\" data-path=\"" + attr("/cases/" + model.caseId() + "/timeline")
                + "\" data-page-size=\"" + model.pageSize() + "\" data-msg-remove=\"" + attr(t.t("jobcoach.web.timeline.remove"))
                + "\" data-msg-remove-confirm=\"" + attr(t.t("jobcoach.web.timeline.remove-confirm")) + "\">" + filter(t) + titles(t) + list + more(t, model.page())
                + "<p class=\"jobcoach-timeline-status jobcoach-field-error\" role=\"status\" aria-live=\"polite\"></p></div>";
        return v.frame(MACRO, Markup.section(t.t("jobcoach.web.timeline.title"), box));
    }

    /** {@code removable}: the viewer's own comment, with a button that takes it off the timeline (jobcoach-interviews.js). */
    static String entry(ViewText t, TimelineEntry entry, boolean removable) {
        String when = entry.kind() == TimelineKind.COMMENT ? t.when(entry.at())
                : t.day(LocalDate.ofInstant(entry.at(), ZoneOffset.UTC));
        StringBuilder out = new StringBuilder("<li class=\"jobcoach-timeline-entry\" data-kind=\"").append(entry.kind().name())
                .append("\"><p class=\"jobcoach-timeline-head\"><span class=\"jobcoach-timeline-when\">").append(text(when))
                .append("</span> ").append(Markup.lozenge("default", t.label(entry.kind()))).append(" <a href=\"")
                .append(Html.href(entry.link())).append("\">").append(Html.userText(title(t, entry))).append("</a>");
        if (entry.authorKey() != null) {
            out.append("<span class=\"jobcoach-timeline-author\"> — ").append(Html.userText(t.person(entry.authorKey())));
            if (entry.authorRole() != null) {
                out.append(' ').append(text("(" + t.label(entry.authorRole()) + ")"));
            }
            out.append("</span>");
        }
        out.append("</p>");
        if (entry.excerpt() != null && !entry.excerpt().isBlank()) {
            out.append("<p class=\"jobcoach-timeline-excerpt\">").append(Html.userText(entry.excerpt())).append("</p>");
        }
        if (removable) {
            out.append("<button type=\"button\" class=\"aui-button aui-button-link jobcoach-timeline-remove\" data-comment=\"")
                    .append(entry.sourceId()).append("\">").append(text(t.t("jobcoach.web.timeline.remove"))).append("</button>");
        }
        return out.append("</li>").toString();
    }

    /**
     * What the entry is called: visits, interviews and plan changes are stored with a code (visit kind, interview
     * status, revision number), shown translated; accommodation steps and comments carry their own title.
     */
    static String title(ViewText t, TimelineEntry entry) {
        String code = entry.title() == null ? "" : entry.title();
        return switch (entry.kind()) {
            case VISIT -> label(t, VisitKind.class, code);
            case INTERVIEW -> label(t, InterviewStatus.class, code);
            case PLAN_CHANGE -> t.t(REVISION, code);
            default -> code;
        };
    }

    private static <E extends Enum<E> & Labelled> String label(ViewText t, Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return t.label(value);
            }
        }
        return code;
    }

    /** The translated titles for the script, which pages in entries with their codes: kind:code to title. */
    private static String titles(ViewText t) {
        StringBuilder out = new StringBuilder("<ul class=\"jobcoach-timeline-titles\" hidden>");
        for (VisitKind kind : VisitKind.values()) {
            out.append(titleItem("VISIT:" + kind.name(), t.label(kind)));
        }
        for (InterviewStatus status : InterviewStatus.values()) {
            out.append(titleItem("INTERVIEW:" + status.name(), t.label(status)));
        }
        return out.append(titleItem("PLAN_CHANGE", t.t(REVISION, "{0}"))).append("</ul>").toString();
    }

    private static String titleItem(String key, String titleText) {
        return "<li data-key=\"" + attr(key) + "\">" + text(titleText) + "</li>";
    }

    /** Checkboxes of kinds and roles; none ticked shows everything, as the REST API reads it. */
    private static String filter(ViewText t) {
        return "<form class=\"jobcoach-timeline-filter jobcoach-controls\">"
                + checkboxes(t, "kinds", t.t("jobcoach.field.kinds"), TimelineKind.values())
                + checkboxes(t, "roles", t.t("jobcoach.field.roles"), CaseRole.values())
                + "<button type=\"submit\" class=\"aui-button jobcoach-button jobcoach-button-subtle\">"
                + text(t.t("jobcoach.web.timeline.filter")) + "</button></form>";
    }

    private static <E extends Enum<E> & Labelled> String checkboxes(ViewText t, String name, String legendText, E[] values) {
        StringBuilder out = new StringBuilder("<fieldset><legend>").append(text(legendText)).append("</legend>");
        for (E value : values) {
            String id = "jobcoach-timeline-" + name + "-" + value.name();
            out.append("<span><input type=\"checkbox\" id=\"").append(attr(id)).append("\" name=\"").append(attr(name))
                    .append("\" value=\"").append(attr(value.name())).append("\"> <label for=\"").append(attr(id)).append("\">")
                    .append(text(t.label(value))).append("</label></span>");
        }
        return out.append("</fieldset>").toString();
    }

    private static String more(ViewText t, TimelinePage page) {
        String cursor = page.next().map(TimelineCursor::encode).orElse("");
        return "<button type=\"button\" class=\"aui-button jobcoach-button jobcoach-button-subtle jobcoach-timeline-more jobcoach-controls\""
                + " data-cursor=\"" + attr(cursor) + "\"" + (cursor.isEmpty() ? " hidden" : "") + ">"
                + text(t.t("jobcoach.web.timeline.more")) + "</button>";
    }
}
