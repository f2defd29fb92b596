package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.store.Stored;

/**
 * The accommodations of a case ({@code jobcoach-accommodations}): each with its steps (planned or lifted, and
 * who approved the lift), review dates with a lozenge when a review is due, and stop conditions; for roles that
 * edit ACCOMMODATIONS the forms to add, edit, lift the next step, record a review and delete.
 */
public final class AccommodationsView {
    public static final String MACRO = "accommodations";
    /** Blank step rows offered in the form, so a step can be added without a script building rows. */
    private static final int SPARE_STEPS = 2;

    /** The accommodations, which are due for review, and whether the viewer may change them. */
    public record Model(long caseId, List<Stored<Accommodation>> accommodations, Set<Long> reviewDue, LocalDate today,
                        boolean mayEdit) {
    }

    private AccommodationsView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        boolean forms = v.interactive() && model.mayEdit();
        StringBuilder body = new StringBuilder();
        if (forms) {
            body.append(Markup.details(t.t("jobcoach.web.accommodations.new"), editForm(t, model.caseId(), null), false));
        }
        StringBuilder list = new StringBuilder();
        for (Stored<Accommodation> stored : model.accommodations()) {
            list.append(accommodation(t, stored, model.reviewDue().contains(stored.id()),
                    forms ? controls(t, stored, model.today()) : ""));
        }
        body.append(Markup.section(t.t("jobcoach.web.accommodations.title"), model.accommodations().isEmpty()
                ? Markup.message("info", t.t("jobcoach.web.none-yet")) : list.toString()));
        return v.frame(MACRO, body.toString());
    }

    private static String accommodation(ViewText t, Stored<Accommodation> stored, boolean due, String controlsHtml) {
        Accommodation value = stored.value();
        String lozenge = due ? " " + Markup.lozenge("moved", t.t("jobcoach.web.case.review-due")) : "";
        return "<article class=\"jobcoach-accommodation\"><h4>" + Markup.inline(value.title()) + lozenge + "</h4>"
                + Markup.block(value.description())
                + "<h5>" + text(t.t("jobcoach.web.accommodations.steps")) + "</h5>" + steps(t, value.steps())
                + Markup.definitions(List.of(
                        new String[] {t.t("jobcoach.web.accommodations.review-dates"), text(days(t, value.reviewDates()))},
                        new String[] {t.t("jobcoach.web.accommodations.reviews-done"), text(days(t, value.reviewsDone()))}))
                + "<h5>" + text(t.field("stopConditions")) + "</h5>" + Markup.block(value.stopConditions())
                + controlsHtml + "</article>";
    }

    private static String steps(ViewText t, List<AccommodationStep> steps) {
        if (steps.isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.none-yet"));
        }
        return Markup.table(List.of(t.field("steps.label"), t.t("jobcoach.web.accommodations.planned"),
                t.field("steps.liftedDate"), t.field("steps.approvedBy")), steps.stream().map(step -> List.of(
                Markup.inline(step.label()), text(t.day(step.plannedDate())),
                step.isLifted() ? text(t.day(step.liftedDate())) : Markup.lozenge("default", t.t("jobcoach.web.accommodations.not-lifted")),
                step.isLifted() ? Markup.inline(t.person(step.approvedBy())) : "—")).toList());
    }

    private static String days(ViewText t, List<LocalDate> days) {
        return days.isEmpty() ? "—" : String.join(", ", days.stream().map(t::day).toList());
    }

    /** Lift, review, edit, delete: each a small form of its own, posting to the record's REST endpoint. */
    private static String controls(ViewText t, Stored<Accommodation> stored, LocalDate today) {
        String reload = t.t("jobcoach.web.conflict-reload");
        String base = "/cases/" + stored.caseId() + "/accommodations/" + stored.id();
        String prefix = "jobcoach-accommodation-" + stored.id();
        StringBuilder out = new StringBuilder("<div class=\"jobcoach-record-controls\">");
        int next = IntStream.range(0, stored.value().steps().size())
                .filter(index -> !stored.value().steps().get(index).isLifted()).findFirst().orElse(-1);
        if (next >= 0) {
            out.append(new HtmlForm(prefix + "-lift", "POST", base + "/lift").message("conflict", reload)
                    .hidden("version", String.valueOf(stored.version()), "int").hidden("step", String.valueOf(next), "int")
                    .input("date", "steps[" + next + "].liftedDate", t.field("steps.liftedDate"), "date", today.toString())
                    .render(t.t("jobcoach.web.accommodations.lift-legend"),
                            t.t("jobcoach.web.accommodations.lift", stored.value().steps().get(next).label())));
        }
        out.append(new HtmlForm(prefix + "-review", "POST", base + "/review").message("conflict", reload)
                .hidden("version", String.valueOf(stored.version()), "int")
                .input("date", "reviewsDone", t.t("jobcoach.web.accommodations.review-date"), "date", today.toString())
                .render(t.t("jobcoach.web.accommodations.review"), t.t("jobcoach.web.accommodations.review")));
        out.append(Markup.details(t.t("jobcoach.web.edit"), editForm(t, stored.caseId(), stored), false));
        out.append(new HtmlForm(prefix + "-delete", "DELETE", base + "?version=" + stored.version()).message("conflict", reload)
                .confirm(t.t("jobcoach.web.accommodations.delete-confirm", stored.value().title())).secondary()
                .render(null, t.t("jobcoach.web.delete")));
        return out.append("</div>").toString();
    }

    /** The create form when {@code stored} is null, else the edit form; lifted steps keep their lift. */
    private static String editForm(ViewText t, long caseId, Stored<Accommodation> stored) {
        Accommodation value = stored == null ? new Accommodation("", "", List.of(), List.of(), List.of(), "") : stored.value();
        String path = "/cases/" + caseId + "/accommodations" + (stored == null ? "" : "/" + stored.id());
        HtmlForm form = new HtmlForm("jobcoach-accommodation-" + (stored == null ? "new-" + caseId : stored.id() + "-edit"),
                stored == null ? "POST" : "PUT", path).conflict("value", "version").keep("accommodation.steps[]");
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        form.input("accommodation.title", "title", t.field("title"), "text", orEmpty(value.title()))
                .textarea("accommodation.description", "description", t.field("description"), value.description());
        List<AccommodationStep> rows = new ArrayList<>(value.steps());
        IntStream.range(0, SPARE_STEPS).forEach(spare -> rows.add(AccommodationStep.planned("", null)));
        for (int i = 0; i < rows.size(); i++) {
            stepItem(t, form, rows.get(i), i + 1);
        }
        return form.list("accommodation.reviewDates", "reviewDates", t.t("jobcoach.web.accommodations.review-dates-input"),
                        value.reviewDates().stream().map(LocalDate::toString).toList())
                .hidden("accommodation.reviewsDone", String.join(", ", value.reviewsDone().stream().map(LocalDate::toString).toList()), "list")
                .textarea("accommodation.stopConditions", "stopConditions", t.field("stopConditions"), value.stopConditions())
                .render(t.t(stored == null ? "jobcoach.web.accommodations.new" : "jobcoach.web.edit"), t.t("jobcoach.web.save"));
    }

    /** One step row; a blank row is not sent. A lifted step carries its lift along unchanged. */
    private static void stepItem(ViewText t, HtmlForm form, AccommodationStep step, int number) {
        String name = "accommodation.steps.#.";
        form.item("steps", t.t("jobcoach.web.accommodations.step-n", number), null, true, item -> {
            item.input(name + "label", "steps[#].label", t.field("steps.label"), "text", orEmpty(step.label()))
                    .input(name + "plannedDate", "steps[#].plannedDate", t.t("jobcoach.web.accommodations.planned"), "date",
                            step.plannedDate() == null ? "" : step.plannedDate().toString());
            if (step.isLifted()) {
                item.hidden(name + "liftedDate", step.liftedDate().toString(), "text")
                        .hidden(name + "approvedBy", step.approvedBy(), "text");
            }
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
