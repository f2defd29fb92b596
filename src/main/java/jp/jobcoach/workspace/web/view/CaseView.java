package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.service.CasePageRestrictions;
import jp.jobcoach.workspace.service.CasePanelService.CasePanel;
import jp.jobcoach.workspace.service.InterviewSchedule;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The summary panel of a case ({@code jobcoach-case}): its facts and phase history, its pages, planned supports,
 * team, accommodations, visit tallies and retention interviews. Builds the model that
 * {@code templates/jobcoach/case.vm} renders; the parts with their own views (edit controls, pages, team,
 * tallies) come as those views' models, for the templates case.vm includes.
 */
public final class CaseView {
    public static final String MACRO = "case";
    static final String TEMPLATE = "templates/jobcoach/case.vm";

    private CaseView() {
    }

    public static String render(ViewContext view, CasePanel data) {
        ViewText text = view.text();
        long caseId = data.on().caseId();
        boolean editsCase = data.on().may(CASE, EDIT);
        // the edit form and phase buttons only where a script runs
        boolean caseControls = view.interactive() && editsCase;
        return view.render(TEMPLATE, Map.ofEntries(
                Map.entry("since", SinceVisitView.model(view, data)),
                Map.entry("facts", facts(text, data)),
                Map.entry("caseControls", caseControls),
                Map.entry("forms", caseControls ? CaseForms.model(text, data.on().stored(), data.today()) : Map.of()),
                Map.entry("pages", CasePagesView.model(view, caseId, data.pages(), editsCase)),
                Map.entry("audience", PageAudienceView.model(view, caseId, data.restrictions(), CasePageRestrictions.mayRetry(data.on()))),
                Map.entry("supports", supports(text, data.on().stored().value().supports())),
                Map.entry("team", TeamView.model(text, caseId, data.on().team(), data.on().actorKey(), data.on().actorRoles(),
                        view.interactive() && data.on().may(TEAM, EDIT))),
                Map.entry("accommodations", accommodations(text, data)),
                Map.entry("taskAnalyses", taskAnalyses(text, data)),
                Map.entry("tally", TallyView.model(text, data.tallies())),
                Map.entry("consent", ConsentView.model(text, data.consents(), view.interactive())),
                Map.entry("interviews", interviews(text, data.interviews(), data.remindersDelivered())),
                Map.entry("myCopy", myCopy(view, data)),
                // issue 17: this week's workload signals, for those who see the workload (HR: without task titles)
                Map.entry("workload", data.on().may(jp.jobcoach.workspace.domain.DataCategory.WORKLOAD,
                        jp.jobcoach.workspace.domain.Access.VIEW) ? Map.of("signals", data.workloadSignals().stream()
                        .map(signal -> WorkloadView.signal(text, signal)).toList()) : Map.of())));
    }

    /** The case's facts and phase history; days since return only once the worker is back. */
    private static Map<String, Object> facts(ViewText text, CasePanel data) {
        SupportCase value = data.on().stored().value();
        boolean returned = value.returnDate() != null && !value.returnDate().isAfter(data.today());
        return Map.of("worker", orEmpty(value.worker().name(text::person)), "department", orEmpty(value.department()),
                "leaveStart", text.day(value.leaveStart()), "returnDate", text.day(value.returnDate()), "returned", returned,
                "daysSinceReturn", returned ? text.message("jobcoach.web.days", ChronoUnit.DAYS.between(value.returnDate(), data.today())) : "",
                "phase", text.label(value.phase()),
                "history", data.history().stream().map(change -> historyEntry(text, change)).toList());
    }

    /** What changed and when in our words; who did it as a name, which the template isolates. */
    private static Map<String, Object> historyEntry(ViewText text, PhaseChange change) {
        return Map.of("text", text.message("jobcoach.web.case.phase-change", text.label(change.from()), text.label(change.to()),
                text.when(change.at())), "by", text.person(change.byUserKey()));
    }

    private static Map<String, Object> supports(ViewText text, List<PlannedSupport> supports) {
        return table(List.of(text.message("jobcoach.field.supports.type"), text.message("jobcoach.field.supports.period"),
                text.message("jobcoach.field.supports.frequency")), supports.stream().map(support -> supportRow(text, support)));
    }

    private static Map<String, Object> accommodations(ViewText text, CasePanel data) {
        return table(List.of(text.message("jobcoach.field.title"), text.message("jobcoach.web.case.next-step"), text.message("jobcoach.web.case.review")),
                data.accommodations().stream().map(stored -> accommodationRow(text, stored, data.reviewDue().contains(stored.id()))));
    }

    /** The active task analyses: title, latest independence rate, steps ready to fade, trend; none if not seen. */
    private static Map<String, Object> taskAnalyses(ViewText text, CasePanel data) {
        return Map.of("shown", data.on().sees(jp.jobcoach.workspace.domain.DataCategory.TASK_ANALYSIS),
                "table", table(List.of(text.message("jobcoach.field.title"), text.message("jobcoach.web.task.latest-rate"),
                        text.message("jobcoach.web.task.ready"), text.message("jobcoach.web.task.trend")),
                data.taskAnalyses().stream().map(sheet -> Map.<String, Object>of("title", sheet.analysis().value().title(),
                        "rate", sheet.progress().latestRate().map(rate -> TaskAnalysisView.rateText(text, rate)).orElse("—"),
                        "ready", text.message("jobcoach.web.task.ready-count", sheet.progress().readyToFadeCount()),
                        "trend", text.label(sheet.progress().trend())))));
    }

    /** A table's header texts (for #jcTableOpen) and its rows. */
    private static Map<String, Object> table(List<String> headers, Stream<Map<String, Object>> rows) {
        return Map.of("headers", headers, "rows", rows.toList());
    }

    private static Map<String, Object> supportRow(ViewText text, PlannedSupport support) {
        return Map.of("type", text.label(support.type()),
                "period", text.day(support.period().start()) + " – " + text.day(support.period().end()),
                "frequency", text.message("jobcoach.web.frequency", support.frequency().count(), text.label(support.frequency().per())));
    }

    /**
     * Last and next retention interview; overdue when the next date has passed with no interview since; and a line
     * when reminders are not mailed, so that the coaches know the panel is where they show.
     */
    private static Map<String, Object> interviews(ViewText text, InterviewSchedule schedule, boolean remindersDelivered) {
        return Map.of("last", text.day(schedule.last()), "next", text.day(schedule.next()), "overdue", schedule.isOverdue(),
                "overdueText", schedule.isOverdue() ? text.message("jobcoach.web.case.interview-overdue", schedule.daysOverdue()) : "",
                "remindersMailed", remindersDelivered);
    }

    /** Its title, its next step (typed label, planned day) unless all are lifted, and whether a review is due. */
    private static Map<String, Object> accommodationRow(ViewText text, Stored<Accommodation> stored, boolean reviewDue) {
        Accommodation value = stored.value();
        return Map.of("title", value.title(), "hasNextStep", value.nextStep().isPresent(),
                "nextStep", value.nextStep().map(AccommodationStep::label).orElse(""),
                "nextDay", value.nextStep().map(step -> text.day(step.plannedDate())).orElse(""),
                "reviewDue", reviewDue);
    }

    /** Text someone may have left out, for #jcTyped's dash. */
    /** The worker's links to their own copy (WorkerCopyResource); none for anyone else and in static output. */
    private static Map<String, Object> myCopy(ViewContext view, CasePanel data) {
        if (!view.interactive() || !data.on().actorRoles().contains(CaseRole.WORKER)) {
            return Map.of();
        }
        String base = view.restBase() + "/cases/" + data.on().caseId() + "/my-data";
        return Map.of("json", base, "html", base + "/html");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
