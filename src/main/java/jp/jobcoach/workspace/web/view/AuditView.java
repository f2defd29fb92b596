package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.html.Html;

/**
 * The audit log of a case ({@code jobcoach-audit}): who (by name), when, what they did to which record and
 * which fields changed — never the values. The first page is rendered here; jobcoach.js fetches further pages
 * from the REST API and fills the same table with text, using the labels this view hands over.
 */
public final class AuditView {
    public static final String MACRO = "audit";

    /** The first page of the log and its size. */
    public record Model(long caseId, List<AuditEntry> entries, int pageSize) {
    }

    private AuditView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        StringBuilder body = new StringBuilder();
        if (v.interactive()) {
            String csv = v.restBase() + "/cases/" + model.caseId() + "/audit/export.csv";
            body.append("<p><a class=\"aui-button jobcoach-button jobcoach-button-secondary\" href=\"").append(Html.href(csv))
                    .append("\" download>").append(text(t.t("jobcoach.web.audit.export"))).append("</a></p>");
        }
        body.append(model.entries().isEmpty() ? Markup.message("info", t.t("jobcoach.web.none-yet")) : table(t, model.entries()));
        if (v.interactive()) {
            body.append(pager(t, model));
        }
        return v.frame(MACRO, Markup.section(t.t("jobcoach.web.audit.title"), body.toString()));
    }

    private static String table(ViewText t, List<AuditEntry> entries) {
        return Markup.table(List.of("occurredAt", "actorKey", "action", "category", "recordType", "fields").stream()
                .map(column -> t.t("jobcoach.web.audit.column." + column)).toList(), entries.stream().map(entry -> List.of(
                text(t.when(entry.occurredAt())), Markup.inline(t.person(entry.actorKey())), text(actionLabel(t, entry.action())),
                text(categoryLabel(t, entry.category())), text(entry.recordType() + " #" + entry.recordId()),
                text(String.join(", ", entry.fields())))).toList());
    }

    /**
     * Newer/older buttons; the labels the script needs travel as JSON in attributes, escaped like any value, so the
     * script holds no text of its own.
     */
    private static String pager(ViewText t, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(AuditAction.values()).forEach(action -> labels.put("action." + action, actionLabel(t, action)));
        Arrays.stream(DataCategory.values()).forEach(category -> labels.put("category." + category, t.label(category)));
        boolean more = model.entries().size() >= model.pageSize();
        return "<div class=\"jobcoach-pager jobcoach-controls\" data-jobcoach-audit data-case=\"" + model.caseId()
                + "\" data-offset=\"0\" data-limit=\"" + model.pageSize() + "\" data-labels=\"" + attr(Json.write(labels))
                + "\" data-msg-range=\"" + attr(t.t("jobcoach.web.audit.range")) + "\">"
                + "<button type=\"button\" class=\"aui-button jobcoach-button jobcoach-button-secondary\" data-step=\"-1\" disabled>"
                + text(t.t("jobcoach.web.audit.newer")) + "</button> "
                + "<button type=\"button\" class=\"aui-button jobcoach-button jobcoach-button-secondary\" data-step=\"1\""
                + (more ? "" : " disabled") + ">" + text(t.t("jobcoach.web.audit.older")) + "</button>"
                + " <span class=\"jobcoach-pager-status\" role=\"status\" aria-live=\"polite\"></span></div>";
    }

    private static String actionLabel(ViewText t, AuditAction action) {
        return t.t("jobcoach.web.audit.action." + action.name().toLowerCase(Locale.ROOT));
    }

    /** Entries name their category by the enum's name; one the code no longer knows shows as stored. */
    private static String categoryLabel(ViewText t, String category) {
        return Arrays.stream(DataCategory.values()).filter(known -> known.name().equals(category)).findFirst()
                .map(t::label).orElse(category);
    }
}
