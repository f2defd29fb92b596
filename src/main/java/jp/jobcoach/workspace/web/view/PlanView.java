package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementParty;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.LineDiff;
import jp.jobcoach.workspace.domain.PlanDiff;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;

/**
 * The support plan ({@code jobcoach-plan}): the current revision, its phases, each party's agreement, the
 * revisions with what changed, and the edit form. Static output (PDF...) is the printable plan: no controls.
 */
public final class PlanView {
    public static final String MACRO = "plan";

    /** What the plan macro shows: the plan if drafted, and what the viewer may do with it. */
    public record Model(long caseId, Optional<SupportPlan> plan, Set<CaseRole> viewerRoles, boolean mayEdit) {
    }

    private PlanView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        StringBuilder body = new StringBuilder();
        if (model.plan().isEmpty()) {
            body.append(Markup.message("info", t.t("jobcoach.web.plan.none")));
        } else {
            SupportPlan plan = model.plan().get();
            body.append(current(t, plan.current()))
                    .append(Markup.section(t.t("jobcoach.field.phases"), phases(t, plan.current().content())))
                    .append(Markup.section(t.t("jobcoach.web.plan.agreement"), agreements(v, model, plan)))
                    .append(Markup.section(t.t("jobcoach.web.plan.revisions"), revisions(v, plan)));
        }
        if (v.interactive() && model.mayEdit()) {
            body.append(Markup.details(t.t("jobcoach.web.plan.edit"), editForm(t, model), false));
        }
        return v.frame(MACRO, body.toString());
    }

    private static String current(ViewText t, PlanRevision revision) {
        StringBuilder sections = new StringBuilder("<p class=\"jobcoach-meta\">")
                .append(text(t.t("jobcoach.web.plan.revision-by", revision.number(), t.when(revision.createdAt()))))
                .append(' ').append(Markup.inline(t.person(revision.authorKey()))).append("</p>");
        revision.content().texts().forEach((field, value) -> {
            if (value != null || !field.startsWith("plannedSupport[")) {
                sections.append("<h4>").append(text(fieldLabel(t, field))).append("</h4>").append(Markup.block(value));
            }
        });
        return Markup.section(t.t("jobcoach.web.plan.title"), sections.toString());
    }

    private static String phases(ViewText t, SupportPlanContent content) {
        if (content.timeline().planned().isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.none-yet"));
        }
        return Markup.table(List.of(t.t("jobcoach.field.phase"), t.t("jobcoach.web.dates")),
                content.timeline().planned().stream().map(phase -> {
                    DateRange dates = content.timeline().dates(phase).orElseThrow();
                    return List.of(text(t.label(phase)), text(t.day(dates.start()) + " – " + t.day(dates.end())));
                }).toList());
    }

    private static String agreements(ViewContext v, Model model, SupportPlan plan) {
        ViewText t = v.text();
        List<List<String>> rows = new ArrayList<>();
        for (AgreementParty party : AgreementParty.values()) {
            rows.add(List.of(text(t.label(party)), agreementState(t, plan, party)));
        }
        String table = Markup.table(List.of(t.t("jobcoach.web.plan.party"), t.t("jobcoach.web.plan.state")), rows);
        return v.interactive() ? table + agreeButtons(t, model, plan) : table;
    }

    private static String agreementState(ViewText t, SupportPlan plan, AgreementParty party) {
        Optional<Agreement> given = plan.currentAgreements().stream()
                .filter(agreement -> party.representedBy(agreement.role())).findFirst();
        if (given.isPresent()) {
            Agreement agreement = given.get();
            return Markup.lozenge("success", t.t("jobcoach.web.plan.agreed")) + " " + Markup.inline(t.person(agreement.userKey()))
                    + " " + text(t.t("jobcoach.web.plan.agreed-detail", t.label(agreement.role()), t.when(agreement.at()),
                    agreement.revision()));
        }
        return plan.partiesToAgreeAgain().contains(party)
                ? Markup.lozenge("moved", t.t("jobcoach.web.plan.agree-again"))
                : Markup.lozenge("default", t.t("jobcoach.web.plan.not-agreed"));
    }

    /** One button per role of the viewer that speaks for a party which has not yet agreed the current revision. */
    private static String agreeButtons(ViewText t, Model model, SupportPlan plan) {
        StringBuilder out = new StringBuilder();
        int revision = plan.current().number();
        for (CaseRole role : model.viewerRoles()) {
            boolean speaks = plan.missingParties().stream().anyMatch(party -> party.representedBy(role));
            if (speaks) {
                out.append(new HtmlForm("jobcoach-agree-" + model.caseId() + "-" + role, "POST",
                        "/cases/" + model.caseId() + "/plan/agreements")
                        .hidden("revision", String.valueOf(revision), "int").hidden("role", role.name(), "text")
                        .render(null, t.t("jobcoach.web.plan.agree-as", t.label(role))));
            }
        }
        return out.toString();
    }

    private static String revisions(ViewContext v, SupportPlan plan) {
        ViewText t = v.text();
        StringBuilder out = new StringBuilder(Markup.table(
                List.of(t.t("jobcoach.web.plan.revision"), t.t("jobcoach.web.plan.author"), t.t("jobcoach.web.plan.written")),
                plan.revisions().stream().map(revision -> List.of(String.valueOf(revision.number()),
                        Markup.inline(t.person(revision.authorKey())), text(t.when(revision.createdAt())))).toList()));
        if (v.interactive()) {
            for (int number = plan.current().number(); number > 1; number--) {
                out.append(Markup.details(t.t("jobcoach.web.plan.changes", number - 1, number),
                        diff(t, plan.diff(number - 1, number)), false));
            }
        }
        return out.toString();
    }

    static String diff(ViewText t, PlanDiff diff) {
        if (diff.isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.plan.no-changes"));
        }
        StringBuilder out = new StringBuilder();
        for (PlanDiff.FieldChange change : diff.changes()) {
            out.append("<h5>").append(text(fieldLabel(t, change.field()))).append("</h5><div class=\"jobcoach-diff\">");
            for (LineDiff.Line line : change.lines()) {
                String tag = switch (line.kind()) {
                    case ADDED -> "ins";
                    case REMOVED -> "del";
                    case SAME -> "span";
                };
                out.append('<').append(tag).append(" class=\"jobcoach-diff-line\">").append(Markup.inline(line.text()))
                        .append("</").append(tag).append('>');
            }
            out.append("</div>");
        }
        return out.toString();
    }

    /** Plan fields carry the support type or phase in brackets; those read as the type's or phase's own label. */
    static String fieldLabel(ViewText t, String field) {
        for (SupportType type : SupportType.values()) {
            if (field.equals("plannedSupport[" + type + "]")) {
                return t.field("plannedSupport") + ": " + t.label(type);
            }
        }
        for (PlanPhase phase : PlanPhase.values()) {
            if (field.equals("phases[" + phase + "]")) {
                return t.field("phases") + ": " + t.label(phase);
            }
        }
        return t.field(field);
    }

    private static String editForm(ViewText t, Model model) {
        Optional<SupportPlanContent> content = model.plan().map(plan -> plan.current().content());
        int version = model.plan().map(plan -> plan.current().number()).orElse(0);
        HtmlForm form = new HtmlForm("jobcoach-plan-" + model.caseId(), "PUT", "/cases/" + model.caseId() + "/plan")
                .conflict("revisions.-1.content", "revisions.-1.number").keep("plan.plannedSupport", "plan.timeline.phases")
                .hidden("version", String.valueOf(version), "int");
        Map<String, String> texts = content.map(SupportPlanContent::texts).orElse(Map.of());
        for (String field : List.of("currentSituation", "direction", "workerGoals", "companyGoals", "workerIssues",
                "companyIssues", "cooperatingParties")) {
            form.textarea("plan." + field, field, t.field(field), texts.get(field));
        }
        for (SupportType type : SupportType.values()) {
            String field = "plannedSupport[" + type + "]";
            form.textarea("plan.plannedSupport." + type, field, fieldLabel(t, field), texts.get(field));
        }
        for (PlanPhase phase : PlanPhase.values()) {
            Optional<DateRange> dates = content.flatMap(c -> c.timeline().dates(phase));
            String name = "plan.timeline.phases." + phase;
            form.input(name + ".start", "phases[" + phase + "].start", t.label(phase) + ": " + t.field("phases.start"),
                    "date", dates.map(d -> String.valueOf(d.start())).orElse(""));
            form.input(name + ".end", "phases[" + phase + "].end", t.label(phase) + ": " + t.field("phases.end"),
                    "date", dates.map(d -> String.valueOf(d.end())).orElse(""));
        }
        return form.render(t.t("jobcoach.web.plan.edit"), t.t("jobcoach.web.save"));
    }
}
