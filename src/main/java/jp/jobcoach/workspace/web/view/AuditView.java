package jp.jobcoach.workspace.web.view;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.ChainCheck;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.web.Json;

/**
 * The audit log of a case ({@code jobcoach-audit}): who (by name), when, what they did to which record and
 * which fields changed — never the values. The first page is rendered by {@code templates/jobcoach/audit.vm};
 * jobcoach.js fetches further pages from the REST API and fills the same table with text, using the labels this
 * view hands over.
 */
public final class AuditView {
    public static final String MACRO = "audit";
    static final String TEMPLATE = "templates/jobcoach/audit.vm";
    private static final List<String> COLUMNS = List.of("occurredAt", "actorKey", "action", "category", "recordType", "fields");

    /** The first page of the log, its size, and what the check of the log's hash chain found. */
    public record Model(long caseId, List<AuditEntry> entries, int pageSize, ChainCheck chain) {
    }

    private AuditView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        return view.render(TEMPLATE, Map.of(
                "csvUrl", view.restBase() + "/cases/" + model.caseId() + "/audit/export.csv",
                "headers", COLUMNS.stream().map(column -> text.message("jobcoach.web.audit.column." + column)).toList(),
                "entries", model.entries().stream().map(entry -> row(text, entry)).toList(),
                "pager", pager(text, model),
                "chain", chain(text, model.chain()),
                "deleteForm", deleteForm(text, model.caseId())));
    }

    /**
     * Deleting the case on request: for the same people as the log (occupational health on the case, administrators),
     * with a reason that stays on the tombstone, asked once more before it is sent.
     */
    private static Map<String, Object> deleteForm(ViewText text, long caseId) {
        return new Form("jobcoach-case-delete-" + caseId, "POST", "/cases/" + caseId + "/deletion")
                .confirm(text.message("jobcoach.web.deletion.confirm"))
                .textarea("reason", "reason", text.message("jobcoach.web.deletion.reason"), "")
                .render(text.message("jobcoach.web.deletion.legend"), text.message("jobcoach.web.deletion.submit"));
    }

    /** The check's verdict as one sentence, and whether it is good news. */
    private static Map<String, Object> chain(ViewText text, ChainCheck check) {
        String unhashed = check.unhashed() == 0 ? ""
                : " " + text.message("jobcoach.web.audit.chain.unhashed", check.unhashed());
        if (check.intact()) {
            return Map.of("intact", true, "text", text.message("jobcoach.web.audit.chain.intact", check.checked()) + unhashed);
        }
        String broken = check.brokenEntryAt() == null
                ? text.message("jobcoach.web.audit.chain.missing", check.brokenAt())
                : text.message("jobcoach.web.audit.chain.broken", check.brokenAt(), text.when(check.brokenEntryAt()));
        return Map.of("intact", false, "text", broken + unhashed);
    }

    private static Map<String, Object> row(ViewText text, AuditEntry entry) {
        AuditLabels labels = new AuditLabels(text);
        return Map.of("occurredAt", labels.when(entry), "actor", labels.actor(entry),
                "action", labels.action(entry.action()), "category", labels.category(entry.category()),
                "record", labels.record(entry), "fields", labels.fields(entry.fields()));
    }

    /** What the newer/older buttons need: the labels travel as JSON in an attribute, so the script holds no text. */
    private static Map<String, Object> pager(ViewText text, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(AuditAction.values()).forEach(action -> labels.put("action." + action, new AuditLabels(text).action(action)));
        Arrays.stream(DataCategory.values()).forEach(category -> labels.put("category." + category, text.label(category)));
        return Map.of("caseId", model.caseId(), "limit", model.pageSize(), "labels", Json.write(labels),
                "more", model.entries().size() >= model.pageSize());
    }
}
