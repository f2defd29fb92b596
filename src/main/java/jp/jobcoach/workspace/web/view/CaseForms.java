package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The case panel's controls for those who may edit the case: the form for its facts and the buttons that move
 * its phase one step. Builds the model of {@code templates/jobcoach/case-forms.vm}, which the case panel's
 * template includes; kept apart from {@link CaseView} so the panel's read-only part stays small.
 */
public final class CaseForms {
    private CaseForms() {
    }

    /** The edit form (the template folds it away, so that the panel reads as a summary first) and the phase buttons. */
    static Map<String, Object> model(ViewText text, Stored<SupportCase> stored, LocalDate today) {
        return Map.of("edit", editForm(text, stored, today), "phases", phaseForms(text, stored));
    }

    private static Map<String, Object> editForm(ViewText text, Stored<SupportCase> stored, LocalDate today) {
        SupportCase value = stored.value();
        long caseId = stored.id();
        Form form = new Form("jobcoach-case-" + caseId, "PUT", "/cases/" + caseId).conflict("value", "version")
                .hidden("version", String.valueOf(stored.version()), "int");
        // the form does not show these, but a PUT without them would drop the worker's account and the page tree
        if (value.worker().userKey() != null) {
            form.hidden("case.worker.userKey", value.worker().userKey(), "text");
        }
        if (value.rootPageId() != null) {
            form.hidden("case.rootPageId", String.valueOf(value.rootPageId()), "int");
        }
        form.input("case.worker.displayName", "worker.displayName", text.field("worker.displayName"), "text",
                        value.worker().displayName())
                .input("case.department", "department", text.field("department"), "text", value.department())
                .input("case.leaveStart", "leaveStart", text.field("leaveStart"), "date", day(value.leaveStart()))
                .input("case.returnDate", "returnDate", text.field("returnDate"), "date", day(value.returnDate()));
        LocalDate start = value.returnDate() != null ? value.returnDate() : today;
        for (SupportType type : SupportType.values()) {
            Optional<PlannedSupport> used = value.supports().stream().filter(support -> support.type() == type).findFirst();
            supportItem(text, form, type, used.orElseGet(() -> PlannedSupport.withDefaults(type, start)), used.isPresent());
        }
        return form.render(text.message("jobcoach.web.case.edit"), text.message("jobcoach.web.save"));
    }

    /** One support type: used or not, and its period and frequency (the type's usual ones when not yet used). */
    private static void supportItem(ViewText text, Form form, SupportType type, PlannedSupport support, boolean used) {
        String name = "case.supports.#.";
        form.item("supports", text.label(type), text.message("jobcoach.web.case.use-support", text.label(type)), used, item -> item
                .hidden(name + "type", type.name(), "text")
                .input(name + "period.start", "supports[#].period.start", text.field("supports.period.start"), "date",
                        day(support.period().start()))
                .input(name + "period.end", "supports[#].period.end", text.field("supports.period.end"), "date",
                        day(support.period().end()))
                .number(name + "frequency.count", "supports[#].frequency.count", text.field("supports.frequency.count"),
                        String.valueOf(support.frequency().count()))
                .select(name + "frequency.per", "supports[#].frequency.per", text.field("supports.frequency.per"),
                        Arrays.stream(VisitFrequency.Unit.values()).map(unit -> new Form.Option(unit.name(), text.label(unit))).toList(),
                        support.frequency().per().name()));
    }

    /**
     * One one-button form per phase the case may move to from here: the next one and the previous one. Whether
     * the move is allowed now (support needs the plan agreed) is the server's decision; its refusal shows under
     * the button.
     */
    private static List<Map<String, Object>> phaseForms(ViewText text, Stored<SupportCase> stored) {
        CasePhase now = stored.value().phase();
        return Arrays.stream(CasePhase.values()).filter(now::canMoveTo).map(target -> new Form(
                        "jobcoach-phase-" + stored.id() + "-" + target, "POST", "/cases/" + stored.id() + "/phase")
                .hidden("version", String.valueOf(stored.version()), "int").hidden("phase", target.name(), "text")
                // a move changes what the whole team is asked to do (agreeing the plan, fading visits): asked first
                .confirm(text.message("jobcoach.web.case.phase-confirm", text.label(now), text.label(target)))
                .secondary().render(null, text.message(target.ordinal() > now.ordinal() ? "jobcoach.web.case.phase-next"
                        : "jobcoach.web.case.phase-back", text.label(target)))).toList();
    }

    /** A date as a date input takes it; empty when not set. */
    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
