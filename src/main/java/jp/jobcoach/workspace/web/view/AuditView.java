package jp.jobcoach.workspace.web.view;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.AuditPage;
import jp.jobcoach.workspace.domain.ChainCheck;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Retention;

/**
 * The audit log of a case ({@code jobcoach-audit}): who (by name), when (in the reader's zone), what they did to
 * which record and which fields changed, in the reader's words, never the values; filters by person, category,
 * action and days, sent to the server; the check of the log's hash chain, on request ({@link #renderChain}: it reads
 * the whole chain); and the deletion of the case on request.
 * The first page is rendered by {@code templates/jobcoach/audit.vm}; its script asks the server for further pages and
 * filtered ones rendered ({@code GET …/audit/html}, {@link #renderRows}) and puts them in the table.
 *
 * <p>Repeated reads of health data by one person within the same minute (one page view shows several macros, each
 * of which audits its read) show as one row with their count; the log itself, its JSON and CSV keep every entry.
 * A group does not reach across two pages of the log.
 */
public final class AuditView {
    public static final String MACRO = "audit";
    static final String TEMPLATE = "templates/jobcoach/audit.vm";
    static final String ROWS_TEMPLATE = "templates/jobcoach/audit-rows.vm";
    private static final List<String> COLUMNS = List.of("occurredAt", "actorKey", "action", "category", "recordType", "fields");

    static final String CHAIN_TEMPLATE = "templates/jobcoach/audit-chain.vm";

    /**
     * The first page of the log, the team to filter by, the retention period in force and whether the viewer may
     * change it (administrators).
     */
    public record Model(long caseId, AuditPage page, List<String> memberKeys, Retention retention,
                        boolean retentionEditable) {
    }

    private AuditView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        return view.render(TEMPLATE, Map.of(
                "csvUrl", view.restBase() + "/cases/" + model.caseId() + "/audit/export.csv",
                "rowsPath", "/cases/" + model.caseId() + "/audit/html",
                "chainPath", "/cases/" + model.caseId() + "/audit/chain/html",
                "headers", COLUMNS.stream().map(column -> text.message("jobcoach.web.audit.column." + column)).toList(),
                "rows", rows(text, model.page().entries()),
                "next", next(model.page()),
                "filters", filters(text, model.memberKeys()),
                "deleteForm", deleteForm(text, model.caseId()),
                "retention", retention(text, model)));
    }

    /** The period after which closed cases are deleted, and for administrators the form that sets it. */
    private static Map<String, Object> retention(ViewText text, Model model) {
        return Map.of("text", text.message("jobcoach.web.retention.in-force", model.retention().years(),
                        Retention.DEFAULT_YEARS),
                "form", !model.retentionEditable() ? Map.of() : new Form("jobcoach-retention", "PUT", "/retention")
                        .number("years", "years", text.message("jobcoach.field.years"),
                                String.valueOf(model.retention().years()))
                        .render(text.message("jobcoach.web.retention.legend"), text.message("jobcoach.web.retention.submit")));
    }

    /** What the check of the chain found, as one message for the script to show. */
    public static String renderChain(ViewContext view, ChainCheck check) {
        return view.render(CHAIN_TEMPLATE, Map.of("chain", chain(view.text(), check)));
    }

    /** A page of rows for the script: the table's body and where the next page starts. */
    public static String renderRows(ViewContext view, AuditPage page) {
        return view.render(ROWS_TEMPLATE, Map.of("rows", rows(view.text(), page.entries()), "next", next(page)));
    }

    private static String next(AuditPage page) {
        return page.next() == null ? "" : page.next().encode();
    }

    /** The filter controls: people of the team by name, categories and actions by label, days. */
    private static Map<String, Object> filters(ViewText text, List<String> memberKeys) {
        AuditLabels labels = new AuditLabels(text);
        return Map.of(
                "people", memberKeys.stream().map(key -> Map.of("value", key, "label", text.person(key))).toList(),
                "categories", Arrays.stream(DataCategory.values())
                        .map(category -> Map.of("value", category.name(), "label", text.label(category))).toList(),
                "actions", Arrays.stream(AuditAction.values())
                        .map(action -> Map.of("value", action.name(), "label", labels.action(action))).toList());
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

    /** The page's entries as rows, repeated health reads grouped (see the class comment). */
    static List<Map<String, Object>> rows(ViewText text, List<AuditEntry> entries) {
        AuditLabels labels = new AuditLabels(text);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int start = 0; start < entries.size(); ) {
            int end = start + 1;
            while (end < entries.size() && sameHealthRead(entries.get(start), entries.get(end))) {
                end++;
            }
            rows.add(row(text, labels, entries.get(start), end - start));
            start = end;
        }
        return rows;
    }

    private static boolean sameHealthRead(AuditEntry first, AuditEntry other) {
        return first.action() == AuditAction.READ && other.action() == AuditAction.READ
                && DataCategory.HEALTH.name().equals(first.category()) && DataCategory.HEALTH.name().equals(other.category())
                && first.actorKey().equals(other.actorKey())
                && first.occurredAt().truncatedTo(ChronoUnit.MINUTES).equals(other.occurredAt().truncatedTo(ChronoUnit.MINUTES));
    }

    private static Map<String, Object> row(ViewText text, AuditLabels labels, AuditEntry entry, int count) {
        String action = labels.action(entry.action());
        return Map.of("occurredAt", labels.when(entry), "actor", labels.actor(entry),
                "action", count == 1 ? action : text.message("jobcoach.web.audit.grouped", action, count),
                "category", labels.category(entry.category()), "record", labels.record(entry),
                "fields", labels.fields(entry.fields()));
    }
}
