package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementParty;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.service.PlanPrint;

/**
 * The printed support plan (支援計画書) of one revision, on A4 ({@code templates/jobcoach/plan-print.vm}): a whole static
 * page in the reader's language, without scripts or controls, in the order the plans centers and companies already
 * use — the case and its team; the current situation and the direction of support; the goals of the worker, the
 * company and the center, and the issues on each side; the support planned per type with its period and visits;
 * the phases with their dates and visits, fading from one to the next; the cooperating parties; and each party's
 * agreement (given in the product, given on paper, or blank lines to sign).
 */
public final class PlanPrintView {
    static final String TEMPLATE = "templates/jobcoach/plan-print.vm";

    private PlanPrintView() {
    }

    /** The whole A4 page: the printed plan with its own styles, its title naming the case by its number only. */
    public static String render(ViewContext view, PlanPrint print) {
        ViewText text = view.text();
        SupportCase value = print.supportCase().value();
        String caseName = value.number() == null ? "" : value.number().text();
        return view.render(TEMPLATE, Map.of(
                "lang", text.message("jobcoach.web.copy.lang"),
                "title", text.message("jobcoach.web.print.title", caseName, print.revision().number()),
                "print", model(view, print)));
    }

    /**
     * What {@code plan-print-body.vm} shows of the printed plan, for the A4 page and for the plan macro's static output
     * (PDF, Word), which carries the same structure.
     */
    static Map<String, Object> model(ViewContext view, PlanPrint print) {
        ViewText text = view.text();
        SupportCase value = print.supportCase().value();
        SupportPlanContent content = print.revision().content();
        String caseName = value.number() == null ? "" : value.number().text();
        return Map.ofEntries(
                Map.entry("heading", text.message("jobcoach.web.print.heading")),
                Map.entry("revision", text.message("jobcoach.web.print.revision", print.revision().number(),
                        text.when(print.revision().createdAt()), text.person(print.revision().authorKey()))),
                Map.entry("notCurrent", print.isCurrent() ? "" : text.message("jobcoach.web.print.not-current",
                        print.revision().number(), print.currentNumber())),
                Map.entry("printed", text.message("jobcoach.web.print.printed", text.when(print.printedAt()))),
                Map.entry("caseRows", caseRows(text, value, caseName)),
                Map.entry("team", print.team().members().stream().sorted(Comparator.comparing(TeamMember::role))
                        .map(member -> Map.of("role", memberRole(text, member), "name", text.person(member.userKey()))).toList()),
                Map.entry("situation", List.of(block(text, "currentSituation", content.currentSituation()),
                        block(text, "direction", content.direction()))),
                Map.entry("goals", List.of(block(text, "workerGoals", content.workerGoals()),
                        block(text, "companyGoals", content.companyGoals()), block(text, "centerGoals", content.centerGoals()))),
                Map.entry("issues", List.of(block(text, "workerIssues", content.workerIssues()),
                        block(text, "companyIssues", content.companyIssues()))),
                Map.entry("supports", supports(text, value, content)),
                Map.entry("phases", phases(text, content.timeline())),
                Map.entry("cooperating", content.cooperatingParties() == null ? "" : content.cooperatingParties()),
                Map.entry("agreements", Arrays.stream(AgreementParty.values()).map(party -> party(text, print, party)).toList()));
    }

    /** "3 visits per week" / "週あたり3回". */
    static String frequency(ViewText text, VisitFrequency visits) {
        return text.message("jobcoach.web.frequency", visits.count(), text.label(visits.per()));
    }

    /** A phase's dates and, when planned, its visits: "2026-04-01 – 2026-05-31, 3 visits per week". */
    static String phaseLine(ViewText text, PlanTimeline timeline, PlanPhase phase) {
        DateRange dates = timeline.dates(phase).orElseThrow();
        String days = text.day(dates.start()) + " – " + text.day(dates.end());
        return timeline.visits(phase).map(visits -> days + ", " + frequency(text, visits)).orElse(days);
    }

    private static List<Map<String, Object>> caseRows(ViewText text, SupportCase value, String caseName) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(text.message("jobcoach.web.print.case-number"), caseName.isEmpty() ? "—" : caseName, false));
        rows.add(row(text.field("worker"), value.worker().name(text::person), true));
        rows.add(row(text.field("department"), value.department(), true));
        rows.add(row(text.field("leaveStart"), text.day(value.leaveStart()), false));
        rows.add(row(text.field("returnDate"), text.day(value.returnDate()), false));
        rows.add(row(text.field("phase"), text.label(value.phase()), false));
        return rows;
    }

    private static Map<String, Object> row(String label, String value, boolean typed) {
        return Map.of("label", label, "value", value == null || value.isBlank() ? "—" : value, "typed", typed);
    }

    private static Map<String, Object> block(ViewText text, String field, String value) {
        return Map.of("label", text.field(field), "text", value == null ? "" : value);
    }

    private static String memberRole(ViewText text, TeamMember member) {
        return member.slot() == null ? text.label(member.role())
                : text.label(member.role()) + " (" + text.label(member.slot()) + ")";
    }

    /**
     * One row per support type the case uses or the plan plans for, in the types' order: its period and visit
     * frequency as the case states them (a dash for a type only the plan names) and what the plan says of it.
     */
    private static List<Map<String, Object>> supports(ViewText text, SupportCase value, SupportPlanContent content) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SupportType type : SupportType.values()) {
            Optional<PlannedSupport> used = value.supports().stream().filter(support -> support.type() == type).findFirst();
            String planned = content.plannedSupport().get(type);
            if (used.isEmpty() && planned == null) {
                continue;
            }
            rows.add(Map.of("type", text.label(type),
                    "period", used.map(support -> text.day(support.period().start()) + " – " + text.day(support.period().end())).orElse("—"),
                    "visits", used.map(support -> frequency(text, support.frequency())).orElse("—"),
                    "text", planned == null ? "" : planned));
        }
        return rows;
    }

    private static List<Map<String, Object>> phases(ViewText text, PlanTimeline timeline) {
        return timeline.planned().stream().map(phase -> {
            DateRange dates = timeline.dates(phase).orElseThrow();
            return Map.<String, Object>of("label", text.label(phase),
                    "dates", text.day(dates.start()) + " – " + text.day(dates.end()),
                    "visits", timeline.visits(phase).map(visits -> frequency(text, visits)).orElse("—"));
        }).toList();
    }

    /**
     * A party's agreement to this revision: each agreement given for it, in the product ({@code product}) or on paper
     * ({@code paper}, with who signed, how, when, and who recorded it), or, while none is given, lines to sign.
     */
    private static Map<String, Object> party(ViewText text, PlanPrint print, AgreementParty party) {
        List<Map<String, Object>> given = print.agreements().stream().filter(agreement -> party.representedBy(agreement.role()))
                .map(agreement -> agreement.onPaper() ? paper(text, agreement) : product(text, agreement)).toList();
        return Map.of("party", text.label(party), "given", given);
    }

    private static Map<String, Object> product(ViewText text, Agreement agreement) {
        return Map.of("kind", "product", "state", text.message("jobcoach.web.print.agreed-in-product"),
                "person", text.person(agreement.userKey()),
                "detail", text.message("jobcoach.web.print.product-detail", text.label(agreement.role()), text.when(agreement.at())),
                "recorded", "", "recorder", "");
    }

    private static Map<String, Object> paper(ViewText text, Agreement agreement) {
        PaperAgreement paper = agreement.paper();
        boolean named = paper.signer() != null && !paper.signer().isBlank();
        return Map.of("kind", "paper", "state", text.message("jobcoach.web.plan.agreed-on-paper"),
                "person", named ? paper.signer() : text.label(agreement.role()),
                "detail", text.message("jobcoach.web.print.paper-detail", text.label(agreement.role()), text.label(paper.method()),
                        text.day(paper.signedOn())),
                "recorded", text.message("jobcoach.web.plan.paper-recorded", text.when(agreement.at())),
                "recorder", text.person(agreement.userKey()));
    }
}
