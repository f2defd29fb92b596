package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.AgreementParty;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PlanDiff;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.service.PlanOverview;
import jp.jobcoach.workspace.service.PlanPrint;
import jp.jobcoach.workspace.service.PlanService;

/**
 * The support plan ({@code jobcoach-plan}): the current revision, its phases, each party's agreement, the newest
 * {@link #IN_FULL} revisions with what changed, older revisions as compact rows paged by a keyset cursor (each
 * opened on demand with what it changed), and the edit form. Builds the model that {@code templates/jobcoach/plan.vm}
 * renders, and the fragments jobcoach.js inserts as rendered: further rows ({@link #renderOlder}) and one
 * revision's changes ({@link #renderOpened}); static output (PDF...) is the printable plan: no controls.
 */
public final class PlanView {
    public static final String MACRO = "plan";
    /** The newest revisions listed with what they changed, as the interviews and visits show their newest. */
    public static final int IN_FULL = 3;
    static final String TEMPLATE = "templates/jobcoach/plan.vm";
    static final String OLDER_TEMPLATE = "templates/jobcoach/plan-older.vm";
    static final String OPENED_TEMPLATE = "templates/jobcoach/plan-opened.vm";

    /** What the plan macro shows: the plan if drafted, and what the viewer may do with it. */
    public record Model(long caseId, PlanOverview overview, Set<CaseRole> viewerRoles, boolean mayEdit) {

        Optional<SupportPlan> plan() {
            return overview.plan();
        }
    }

    private PlanView() {
    }

    public static String render(ViewContext view, Model model) {
        return render(view, model, null);
    }

    /**
     * As {@link #render(ViewContext, Model)}; static output (PDF, Word) with {@code printed}, the current revision as
     * the printed plan (PlanPrintView), shows it in the printout's structure instead of the page's sections.
     */
    public static String render(ViewContext view, Model model, PlanPrint printed) {
        ViewText text = view.text();
        boolean editable = view.interactive() && model.mayEdit();
        boolean asPrinted = !view.interactive() && printed != null;
        return view.render(TEMPLATE, Map.of(
                "hasPlan", model.plan().isPresent(),
                "print", asPrinted ? PlanPrintView.model(view, printed) : Map.of(),
                "csvUrl", view.exportUrl(model.caseId(), "plan"),
                "printUrl", printUrl(view, model.caseId(), null),
                "ids", Map.of("current", currentAnchor(model.caseId(), PlanService.version(model.plan())),
                        "agreement", agreementAnchor(model.caseId())),
                "plan", model.plan().map(plan -> plan(view, model, plan)).orElse(Map.of()),
                "editable", editable,
                "editForm", editable ? editForm(text, model) : Map.of(),
                "older", OlderRecords.model(view, path(model.caseId()), revisionHeaders(text),
                        older(text, view.interactive(), model.overview().older().items(), model.caseId()),
                        model.overview().older().next())));
    }

    /** Compact rows of a further page of revisions, for "more" ({@code plan-older.vm}); always interactive. */
    public static String renderOlder(ViewContext view, long caseId, Page<PlanRevision.Summary> page) {
        return view.render(OLDER_TEMPLATE, Map.of("older",
                OlderRecords.rows(older(view.text(), true, page.items(), caseId), page.next())));
    }

    /** What one revision changed from the one before it, opened on demand ({@code plan-opened.vm}). */
    public static String renderOpened(ViewContext view, long caseId, PlanDiff diff) {
        return view.render(OPENED_TEMPLATE, Map.of("change", change(view.text(), caseId, diff)));
    }

    /**
     * Where the printed plan (web/rest/PlanResource#print) of revision {@code revision} (null: the current one) opens;
     * empty in static output, which carries no links to the REST API.
     */
    static String printUrl(ViewContext view, long caseId, Integer revision) {
        return view.interactive() ? view.restBase() + "/cases/" + caseId + "/plan/print"
                + (revision == null ? "" : "?revision=" + revision) : "";
    }

    /** The plan macro as the server renders it now, which its forms put in place after a save. */
    private static String rendered(long caseId) {
        return "/cases/" + caseId + "/plan/html";
    }

    /** The element id of the current revision's section; a new revision has a new one. */
    private static String currentAnchor(long caseId, Object revision) {
        return "jobcoach-plan-" + caseId + "-current-" + revision;
    }

    private static String agreementAnchor(long caseId) {
        return "jobcoach-plan-" + caseId + "-agreement";
    }

    /** The revisions of the case in the REST API. */
    private static String path(long caseId) {
        return "/cases/" + caseId + "/plan/revisions";
    }

    /** A revision's row; the first draft changed nothing from an earlier one, so it has nothing to open. */
    private static List<Map<String, Object>> older(ViewText text, boolean opens, List<PlanRevision.Summary> older,
                                                   long caseId) {
        return older.stream().map(revision -> OlderRecords.row(text, path(caseId) + "/" + revision.number(),
                changesTitle(text, revision.number() - 1, revision.number()), opens && revision.number() > 1, List.of(
                        OlderRecords.cell(String.valueOf(revision.number())),
                        OlderRecords.typed(text.person(revision.authorKey())),
                        OlderRecords.cell(text.when(revision.createdAt()))))).toList();
    }

    private static List<String> revisionHeaders(ViewText text) {
        return List.of(text.message("jobcoach.web.plan.revision"), text.message("jobcoach.web.plan.author"),
                text.message("jobcoach.web.plan.written"));
    }

    private static String changesTitle(ViewText text, int from, int to) {
        return text.message("jobcoach.web.plan.changes", from, to);
    }

    /** Everything shown of a drafted plan; the agree forms and the changes only reach interactive output. */
    private static Map<String, Object> plan(ViewContext view, Model model, SupportPlan plan) {
        ViewText text = view.text();
        PlanRevision current = plan.current();
        return Map.of("byline", text.message("jobcoach.web.plan.revision-by", current.number(), text.when(current.createdAt())),
                "author", text.person(current.authorKey()),
                "sections", sections(text, current.content()),
                "headers", headers(text, view.interactive()),
                "phases", phases(text, current.content()),
                "agreements", Arrays.stream(AgreementParty.values()).map(party -> agreement(text, plan, party)).toList(),
                "agreeForms", agreeForms(text, model, plan),
                "paperForms", paperForms(text, model, plan),
                "revisions", model.overview().inFullNewestFirst().stream().map(revision -> Map.of("number", revision.number(),
                        "author", text.person(revision.authorKey()), "written", text.when(revision.createdAt()),
                        "print", text.message("jobcoach.web.print.link-revision", revision.number()),
                        "printUrl", printUrl(view, model.caseId(), revision.number()))).toList(),
                "changes", changes(text, model, plan));
    }

    /** The column headers of the plan's three tables. */
    private static Map<String, Object> headers(ViewText text, boolean interactive) {
        List<String> revisions = new ArrayList<>(List.of(text.message("jobcoach.web.plan.revision"),
                text.message("jobcoach.web.plan.author"), text.message("jobcoach.web.plan.written")));
        if (interactive) {
            revisions.add(text.message("jobcoach.web.print.header"));
        }
        return Map.of("phases", List.of(text.message("jobcoach.field.phase"), text.message("jobcoach.web.dates"),
                        text.field("visits")),
                "agreements", List.of(text.message("jobcoach.web.plan.party"), text.message("jobcoach.web.plan.state")),
                "revisions", revisions);
    }

    /** The plan's texts under their labels; a support type the plan does not plan for is left out. */
    private static List<Map<String, Object>> sections(ViewText text, SupportPlanContent content) {
        List<Map<String, Object>> sections = new ArrayList<>();
        content.texts().forEach((field, value) -> {
            if (value != null || !field.startsWith("plannedSupport[")) {
                sections.add(Map.of("label", fieldLabel(text, field), "text", value == null ? "" : value));
            }
        });
        return sections;
    }

    /** Each planned phase with its dates and the center's visits planned in it (a dash when none were planned). */
    private static List<Map<String, Object>> phases(ViewText text, SupportPlanContent content) {
        return content.timeline().planned().stream().map(phase -> {
            DateRange dates = content.timeline().dates(phase).orElseThrow();
            return Map.<String, Object>of("label", text.label(phase),
                    "dates", text.day(dates.start()) + " – " + text.day(dates.end()),
                    "visits", content.timeline().visits(phase).map(visits -> PlanPrintView.frequency(text, visits)).orElse("—"));
        }).toList();
    }

    /** A party's state: {@code agreed} (by whom, as what, when), {@code again} after a new revision, or {@code not}. */
    private static Map<String, Object> agreement(ViewText text, SupportPlan plan, AgreementParty party) {
        Optional<Agreement> given = plan.currentAgreements().stream()
                .filter(agreement -> party.representedBy(agreement.role())).findFirst();
        if (given.isPresent() && given.get().onPaper()) {
            return paperAgreement(text, party, given.get());
        }
        if (given.isPresent()) {
            Agreement agreement = given.get();
            return Map.of("party", text.label(party), "state", "agreed", "person", text.person(agreement.userKey()),
                    "detail", text.message("jobcoach.web.plan.agreed-detail", text.label(agreement.role()), text.when(agreement.at()),
                            agreement.revision()));
        }
        return Map.of("party", text.label(party), "state", plan.partiesToAgreeAgain().contains(party) ? "again" : "not",
                "person", "", "detail", "");
    }

    /**
     * An agreement given outside the product, shown as such: who signed (as on the paper, else their role), how and
     * on which day, and apart from it the counselor who recorded it and when — nobody clicked it in the product.
     */
    private static Map<String, Object> paperAgreement(ViewText text, AgreementParty party, Agreement agreement) {
        PaperAgreement paper = agreement.paper();
        boolean named = paper.signer() != null && !paper.signer().isBlank();
        return Map.of("party", text.label(party), "state", "paper",
                "person", named ? paper.signer() : text.label(agreement.role()),
                "detail", text.message("jobcoach.web.plan.paper-detail", text.label(agreement.role()), text.label(paper.method()),
                        text.day(paper.signedOn()), agreement.revision()),
                "recordedBy", text.message("jobcoach.web.plan.paper-recorded", text.when(agreement.at())),
                "recorder", text.person(agreement.userKey()));
    }

    /**
     * For the counselor (CASE edit), one form per party still to agree that may agree on paper: the role that signed,
     * the day, the method and the signer's name as on the paper.
     */
    private static List<Map<String, Object>> paperForms(ViewText text, Model model, SupportPlan plan) {
        if (!RoleMatrix.allows(model.viewerRoles(), DataCategory.CASE, Access.EDIT)) {
            return List.of();
        }
        int revision = plan.current().number();
        return Arrays.stream(AgreementParty.values())
                .filter(party -> party.agreesOnPaper() && plan.missingParties().contains(party))
                .map(party -> new Form("jobcoach-agree-paper-" + model.caseId() + "-" + party, "POST",
                        "/cases/" + model.caseId() + "/plan/agreements/paper")
                        .refresh(rendered(model.caseId()), agreementAnchor(model.caseId()), "version", "version")
                        .message("saved", text.message("jobcoach.web.plan.paper-saved", text.label(party), "{0}"))
                        .hidden("revision", String.valueOf(revision), "int")
                        .select("role", "role", text.field("members.role"), Arrays.stream(CaseRole.values())
                                .filter(party::representedBy).map(role -> new Form.Option(role.name(), text.label(role))).toList(), "")
                        .input("signedOn", "signedOn", text.field("signedOn"), "date", "")
                        .select("method", "method", text.field("method"), Arrays.stream(AgreementMethod.values())
                                .map(method -> new Form.Option(method.name(), text.label(method))).toList(), "")
                        .input("signer", "signer", text.field("signer"), "text", "")
                        .render(text.message("jobcoach.web.plan.paper-legend", text.label(party)),
                                text.message("jobcoach.web.plan.paper-record")))
                .toList();
    }

    /** One form per role of the viewer that speaks for a party which has not yet agreed the current revision. */
    private static List<Map<String, Object>> agreeForms(ViewText text, Model model, SupportPlan plan) {
        int revision = plan.current().number();
        return model.viewerRoles().stream()
                .filter(role -> plan.missingParties().stream().anyMatch(party -> party.representedBy(role)))
                .map(role -> new Form("jobcoach-agree-" + model.caseId() + "-" + role, "POST",
                        "/cases/" + model.caseId() + "/plan/agreements")
                        .refresh(rendered(model.caseId()), agreementAnchor(model.caseId()), "version", "version")
                        .message("saved", text.message("jobcoach.web.plan.agree-saved", text.label(role), "{0}"))
                        .hidden("revision", String.valueOf(revision), "int").hidden("role", role.name(), "text")
                        // an agreement is a commitment recorded under the viewer's name, not a draft: asked first
                        .confirm(text.message("jobcoach.web.plan.agree-confirm", revision, text.label(role)))
                        .render(null, text.message("jobcoach.web.plan.agree-as", text.label(role))))
                .toList();
    }

    /** What each revision shown in full changed from the one before it, newest first. */
    private static List<Map<String, Object>> changes(ViewText text, Model model, SupportPlan plan) {
        return model.overview().inFullNewestFirst().stream().filter(revision -> revision.number() > 1)
                .map(revision -> change(text, model.caseId(), plan.diff(revision.number() - 1, revision.number())))
                .toList();
    }

    private static Map<String, Object> change(ViewText text, long caseId, PlanDiff diff) {
        return Map.of("summary", changesTitle(text, diff.fromRevision(), diff.toRevision()),
                "anchor", OlderRecords.anchor("plan-" + caseId + "-revision", diff.toRevision()),
                "fields", diff(text, diff));
    }

    /** Each changed field with its lines, each line SAME, REMOVED or ADDED; none when nothing changed. */
    private static List<Map<String, Object>> diff(ViewText text, PlanDiff diff) {
        return diff.changes().stream().map(change -> Map.<String, Object>of("label", fieldLabel(text, change.field()),
                "lines", change.lines().stream().map(line -> Map.of("kind", line.kind().name(),
                        "text", shownValue(text, change.field(), line.text()))).toList())).toList();
    }

    /** A changed value as the reader reads it: planned visits ("3/WEEK") in words, a phase's dates as local days. */
    private static String shownValue(ViewText text, String field, String value) {
        if (value == null) {
            return "";
        }
        if (field.startsWith("visits[")) {
            String[] countAndUnit = value.split("/");
            return text.message("jobcoach.web.frequency", Integer.parseInt(countAndUnit[0]),
                    text.label(jp.jobcoach.workspace.domain.VisitFrequency.Unit.valueOf(countAndUnit[1])));
        }
        if (field.startsWith("phases[")) {
            String[] days = value.split("/");
            return text.day(java.time.LocalDate.parse(days[0])) + " – " + text.day(java.time.LocalDate.parse(days[1]));
        }
        return value;
    }

    /** Plan fields carry the support type or phase in brackets; those read as the type's or phase's own label. */
    private static String fieldLabel(ViewText text, String field) {
        for (SupportType type : SupportType.values()) {
            if (field.equals("plannedSupport[" + type + "]")) {
                return text.field("plannedSupport") + ": " + text.label(type);
            }
        }
        for (PlanPhase phase : PlanPhase.values()) {
            if (field.equals("phases[" + phase + "]")) {
                return text.field("phases") + ": " + text.label(phase);
            }
            if (field.equals("visits[" + phase + "]")) {
                return text.field("visits") + ": " + text.label(phase);
            }
        }
        return text.field(field);
    }

    private static Map<String, Object> editForm(ViewText text, Model model) {
        Optional<SupportPlanContent> content = model.plan().map(plan -> plan.current().content());
        int version = model.plan().map(plan -> plan.current().number()).orElse(0);
        Form form = new Form("jobcoach-plan-" + model.caseId(), "PUT", "/cases/" + model.caseId() + "/plan")
                .conflict("revisions.-1.content", "revisions.-1.number").keep("plan.plannedSupport", "plan.timeline.phases")
                .refresh(rendered(model.caseId()), currentAnchor(model.caseId(), "{0}"), "version", "version")
                .message("saved", text.message("jobcoach.web.plan.saved", "{0}"))
                .hidden("version", String.valueOf(version), "int");
        Map<String, String> texts = content.map(SupportPlanContent::texts).orElse(Map.of());
        for (String field : List.of("currentSituation", "direction", "workerGoals", "companyGoals", "centerGoals",
                "workerIssues", "companyIssues", "cooperatingParties")) {
            form.textarea("plan." + field, field, text.field(field), texts.get(field));
        }
        for (SupportType type : SupportType.values()) {
            String field = "plannedSupport[" + type + "]";
            form.textarea("plan.plannedSupport." + type, field, fieldLabel(text, field), texts.get(field));
        }
        for (PlanPhase phase : PlanPhase.values()) {
            Optional<DateRange> dates = content.flatMap(c -> c.timeline().dates(phase));
            String name = "plan.timeline.phases." + phase;
            form.input(name + ".start", "phases[" + phase + "].start", text.label(phase) + ": " + text.field("phases.start"),
                    "date", dates.map(d -> String.valueOf(d.start())).orElse(""));
            form.input(name + ".end", "phases[" + phase + "].end", text.label(phase) + ": " + text.field("phases.end"),
                    "date", dates.map(d -> String.valueOf(d.end())).orElse(""));
            // the center's visits planned in the phase, fading on purpose from one phase to the next; blank: none
            Optional<VisitFrequency> visits = content.flatMap(c -> c.timeline().visits(phase));
            String visitsName = "plan.timeline.visits." + phase;
            form.number(visitsName + ".count", "visits[" + phase + "].count", text.label(phase) + ": " + text.field("visits.count"),
                    visits.map(v -> String.valueOf(v.count())).orElse(""));
            form.select(visitsName + ".per", "visits[" + phase + "].per", text.label(phase) + ": " + text.field("visits.per"),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(new Form.Option("", "—")),
                            Arrays.stream(VisitFrequency.Unit.values()).map(unit -> new Form.Option(unit.name(), text.label(unit)))).toList(),
                    visits.map(v -> v.per().name()).orElse(""));
        }
        return form.render(text.message("jobcoach.web.plan.edit"), text.message("jobcoach.web.save"));
    }
}
