package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.service.CasePanelService.CasePanel;
import jp.jobcoach.workspace.service.InterviewSchedule;
import jp.jobcoach.workspace.store.Stored;

/** The summary panel of a case ({@code jobcoach-case}). */
public final class CaseView {
    public static final String MACRO = "case";

    private CaseView() {
    }

    public static String render(ViewContext v, CasePanel data) {
        ViewText t = v.text();
        SupportCase value = data.on().stored().value();
        String body = Markup.section(t.t("jobcoach.web.case.title"), facts(t, data, value) + controls(v, data))
                + Markup.section(t.t("jobcoach.web.case.pages"),
                        CasePagesView.render(v, data.on().caseId(), data.pages(), data.on().may(CASE, EDIT)))
                + Markup.section(t.t("jobcoach.web.case.supports"), supports(t, value.supports()))
                + Markup.section(t.t("jobcoach.web.case.team"), TeamView.render(t, data.on().caseId(),
                        data.on().team().members(), data.on().actorKey(), v.interactive() && data.on().may(TEAM, EDIT)))
                + Markup.section(t.t("jobcoach.web.case.accommodations"), accommodations(t, data))
                + Markup.section(t.t("jobcoach.web.case.visits"), TallyView.render(v, data.tallies()))
                + Markup.section(t.t("jobcoach.web.case.interviews"), interviews(t, data.interviews()));
        return v.frame(MACRO, body);
    }

    private static String facts(ViewText t, CasePanel data, SupportCase value) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.t("jobcoach.field.worker"), Markup.inline(value.worker().name(t::person))});
        rows.add(new String[] {t.t("jobcoach.field.department"), Markup.inline(value.department())});
        rows.add(new String[] {t.t("jobcoach.field.leaveStart"), text(t.day(value.leaveStart()))});
        rows.add(new String[] {t.t("jobcoach.field.returnDate"), text(t.day(value.returnDate()))});
        if (value.returnDate() != null && !value.returnDate().isAfter(data.today())) {
            long days = ChronoUnit.DAYS.between(value.returnDate(), data.today());
            rows.add(new String[] {t.t("jobcoach.web.case.days-since-return"), text(t.t("jobcoach.web.days", days))});
        }
        rows.add(new String[] {t.t("jobcoach.field.phase"), Markup.lozenge("current", t.label(value.phase()))
                + history(t, data.history())});
        return Markup.definitions(rows);
    }

    /** The edit form and phase buttons (CaseForms), only where a script runs and the viewer edits the case. */
    private static String controls(ViewContext v, CasePanel data) {
        return v.interactive() && data.on().may(CASE, EDIT) ? CaseForms.render(v.text(), data.on().stored(), data.today()) : "";
    }

    private static String history(ViewText t, List<PhaseChange> history) {
        if (history.isEmpty()) {
            return "";
        }
        return Markup.list(history.stream().map(change -> text(t.t("jobcoach.web.case.phase-change",
                t.label(change.from()), t.label(change.to()), t.when(change.at()))) + " " + Markup.inline(t.person(change.byUserKey())))
                .toList());
    }

    private static String supports(ViewText t, List<PlannedSupport> supports) {
        if (supports.isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.none-yet"));
        }
        return Markup.table(List.of(t.t("jobcoach.field.supports.type"), t.t("jobcoach.field.supports.period"),
                t.t("jobcoach.field.supports.frequency")), supports.stream().map(support -> List.of(
                text(t.label(support.type())),
                text(t.day(support.period().start()) + " – " + t.day(support.period().end())),
                text(t.t("jobcoach.web.frequency", support.frequency().count(), t.label(support.frequency().per())))))
                .toList());
    }

    /** Last and next retention interview; overdue when the next date has passed with no interview since. */
    private static String interviews(ViewText t, InterviewSchedule schedule) {
        String next = text(t.day(schedule.next()));
        if (schedule.isOverdue()) {
            next += " " + Markup.lozenge("error", t.t("jobcoach.web.case.interview-overdue", schedule.daysOverdue()));
        }
        return Markup.definitions(List.of(new String[] {t.t("jobcoach.web.case.last-interview"), text(t.day(schedule.last()))},
                new String[] {t.t("jobcoach.web.case.next-interview"), next}));
    }

    private static String accommodations(ViewText t, CasePanel data) {
        if (data.accommodations().isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.none-yet"));
        }
        return Markup.table(List.of(t.t("jobcoach.field.title"), t.t("jobcoach.web.case.next-step"),
                t.t("jobcoach.web.case.review")), data.accommodations().stream()
                .map(stored -> accommodationRow(t, stored, data.reviewDue().contains(stored.id()))).toList());
    }

    private static List<String> accommodationRow(ViewText t, Stored<Accommodation> stored, boolean due) {
        Accommodation value = stored.value();
        String next = value.nextStep()
                .map(step -> Markup.inline(step.label()) + " " + text(t.day(step.plannedDate())))
                .orElseGet(() -> text(t.t("jobcoach.web.case.all-lifted")));
        String review = due ? Markup.lozenge("moved", t.t("jobcoach.web.case.review-due")) : "";
        return List.of(Markup.inline(value.title()), next, review);
    }
}
