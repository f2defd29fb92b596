package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
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

    public static String render(ViewContext v, CasePanel data) {
        ViewText t = v.text();
        long caseId = data.on().caseId();
        boolean editsCase = data.on().may(CASE, EDIT);
        // the edit form and phase buttons only where a script runs
        boolean caseControls = v.interactive() && editsCase;
        return v.render(TEMPLATE, Map.of(
                "facts", facts(t, data),
                "caseControls", caseControls,
                "forms", caseControls ? CaseForms.model(t, data.on().stored(), data.today()) : Map.of(),
                "pages", CasePagesView.model(v, caseId, data.pages(), editsCase),
                "supports", supports(t, data.on().stored().value().supports()),
                "team", TeamView.model(t, caseId, data.on().team().members(), data.on().actorKey(),
                        v.interactive() && data.on().may(TEAM, EDIT)),
                "accommodations", accommodations(t, data),
                "tally", TallyView.model(t, data.tallies()),
                "interviews", interviews(t, data.interviews())));
    }

    /** The case's facts and phase history; days since return only once the worker is back. */
    private static Map<String, Object> facts(ViewText t, CasePanel data) {
        SupportCase value = data.on().stored().value();
        boolean returned = value.returnDate() != null && !value.returnDate().isAfter(data.today());
        return Map.of("worker", orEmpty(value.worker().name(t::person)), "department", orEmpty(value.department()),
                "leaveStart", t.day(value.leaveStart()), "returnDate", t.day(value.returnDate()), "returned", returned,
                "daysSinceReturn", returned ? t.t("jobcoach.web.days", ChronoUnit.DAYS.between(value.returnDate(), data.today())) : "",
                "phase", t.label(value.phase()),
                "history", data.history().stream().map(change -> historyEntry(t, change)).toList());
    }

    /** What changed and when in our words; who did it as a name, which the template isolates. */
    private static Map<String, Object> historyEntry(ViewText t, PhaseChange change) {
        return Map.of("text", t.t("jobcoach.web.case.phase-change", t.label(change.from()), t.label(change.to()),
                t.when(change.at())), "by", t.person(change.byUserKey()));
    }

    private static Map<String, Object> supports(ViewText t, List<PlannedSupport> supports) {
        return table(List.of(t.t("jobcoach.field.supports.type"), t.t("jobcoach.field.supports.period"),
                t.t("jobcoach.field.supports.frequency")), supports.stream().map(support -> supportRow(t, support)));
    }

    private static Map<String, Object> accommodations(ViewText t, CasePanel data) {
        return table(List.of(t.t("jobcoach.field.title"), t.t("jobcoach.web.case.next-step"), t.t("jobcoach.web.case.review")),
                data.accommodations().stream().map(stored -> accommodationRow(t, stored, data.reviewDue().contains(stored.id()))));
    }

    /** A table's header texts (for #jcTableOpen) and its rows. */
    private static Map<String, Object> table(List<String> headers, Stream<Map<String, Object>> rows) {
        return Map.of("headers", headers, "rows", rows.toList());
    }

    private static Map<String, Object> supportRow(ViewText t, PlannedSupport support) {
        return Map.of("type", t.label(support.type()),
                "period", t.day(support.period().start()) + " – " + t.day(support.period().end()),
                "frequency", t.t("jobcoach.web.frequency", support.frequency().count(), t.label(support.frequency().per())));
    }

    /** Last and next retention interview; overdue when the next date has passed with no interview since. */
    private static Map<String, Object> interviews(ViewText t, InterviewSchedule schedule) {
        return Map.of("last", t.day(schedule.last()), "next", t.day(schedule.next()), "overdue", schedule.isOverdue(),
                "overdueText", schedule.isOverdue() ? t.t("jobcoach.web.case.interview-overdue", schedule.daysOverdue()) : "");
    }

    /** Its title, its next step (typed label, planned day) unless all are lifted, and whether a review is due. */
    private static Map<String, Object> accommodationRow(ViewText t, Stored<Accommodation> stored, boolean reviewDue) {
        Accommodation value = stored.value();
        return Map.of("title", value.title(), "hasNextStep", value.nextStep().isPresent(),
                "nextStep", value.nextStep().map(AccommodationStep::label).orElse(""),
                "nextDay", value.nextStep().map(step -> t.day(step.plannedDate())).orElse(""),
                "reviewDue", reviewDue);
    }

    /** Text someone may have left out, for #jcTyped's dash. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
