package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The accommodations of a case ({@code jobcoach-accommodations}): each with its steps (planned or lifted, and
 * who approved the lift), review dates with a lozenge when a review is due, and stop conditions; for roles that
 * edit ACCOMMODATIONS the forms to add, edit, lift the next step, record a review and delete. Builds the model
 * that {@code templates/jobcoach/accommodations.vm} renders.
 */
public final class AccommodationsView {
    public static final String MACRO = "accommodations";
    static final String TEMPLATE = "templates/jobcoach/accommodations.vm";
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
        boolean editable = v.interactive() && model.mayEdit();
        return v.render(TEMPLATE, Map.of(
                "editable", editable,
                "newForm", editable ? editForm(t, model.caseId(), null) : Map.of(),
                "stepHeaders", List.of(t.field("steps.label"), t.t("jobcoach.web.accommodations.planned"),
                        t.field("steps.liftedDate"), t.field("steps.approvedBy")),
                "accommodations", model.accommodations().stream().map(stored -> accommodation(t, stored,
                        model.reviewDue().contains(stored.id()), editable ? controls(t, stored, model.today()) : Map.of()))
                        .toList()));
    }

    private static Map<String, Object> accommodation(ViewText t, Stored<Accommodation> stored, boolean due,
                                                     Map<String, Object> controls) {
        Accommodation value = stored.value();
        return Map.of("title", orEmpty(value.title()), "reviewDue", due, "description", orEmpty(value.description()),
                "steps", value.steps().stream().map(step -> step(t, step)).toList(),
                "reviewDates", days(t, value.reviewDates()), "reviewsDone", days(t, value.reviewsDone()),
                "stopConditions", orEmpty(value.stopConditions()), "controls", controls);
    }

    private static Map<String, Object> step(ViewText t, AccommodationStep step) {
        return Map.of("label", orEmpty(step.label()), "planned", t.day(step.plannedDate()), "lifted", step.isLifted(),
                "liftedOn", t.day(step.liftedDate()), "approver", step.isLifted() ? t.person(step.approvedBy()) : "");
    }

    private static String days(ViewText t, List<LocalDate> days) {
        return days.isEmpty() ? "—" : String.join(", ", days.stream().map(t::day).toList());
    }

    /** Lift, review, edit, delete: each a small form of its own, posting to the record's REST endpoint. */
    private static Map<String, Object> controls(ViewText t, Stored<Accommodation> stored, LocalDate today) {
        String reload = t.t("jobcoach.web.conflict-reload");
        String base = "/cases/" + stored.caseId() + "/accommodations/" + stored.id();
        String prefix = "jobcoach-accommodation-" + stored.id();
        int next = IntStream.range(0, stored.value().steps().size())
                .filter(index -> !stored.value().steps().get(index).isLifted()).findFirst().orElse(-1);
        Map<String, Object> lift = next < 0 ? Map.of() : new Form(prefix + "-lift", "POST", base + "/lift")
                .message("conflict", reload)
                .hidden("version", String.valueOf(stored.version()), "int").hidden("step", String.valueOf(next), "int")
                .input("date", "steps[" + next + "].liftedDate", t.field("steps.liftedDate"), "date", today.toString())
                .render(t.t("jobcoach.web.accommodations.lift-legend"),
                        t.t("jobcoach.web.accommodations.lift", stored.value().steps().get(next).label()));
        Map<String, Object> review = new Form(prefix + "-review", "POST", base + "/review").message("conflict", reload)
                .hidden("version", String.valueOf(stored.version()), "int")
                .input("date", "reviewsDone", t.t("jobcoach.web.accommodations.review-date"), "date", today.toString())
                .render(t.t("jobcoach.web.accommodations.review"), t.t("jobcoach.web.accommodations.review"));
        Map<String, Object> delete = new Form(prefix + "-delete", "DELETE", base + "?version=" + stored.version())
                .message("conflict", reload)
                .confirm(t.t("jobcoach.web.accommodations.delete-confirm", stored.value().title())).secondary()
                .render(null, t.t("jobcoach.web.delete"));
        return Map.of("mayLift", next >= 0, "lift", lift, "review", review,
                "edit", editForm(t, stored.caseId(), stored), "delete", delete);
    }

    /** The create form when {@code stored} is null, else the edit form; lifted steps keep their lift. */
    private static Map<String, Object> editForm(ViewText t, long caseId, Stored<Accommodation> stored) {
        Accommodation value = stored == null ? new Accommodation("", "", List.of(), List.of(), List.of(), "") : stored.value();
        String path = "/cases/" + caseId + "/accommodations" + (stored == null ? "" : "/" + stored.id());
        Form form = new Form("jobcoach-accommodation-" + (stored == null ? "new-" + caseId : stored.id() + "-edit"),
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
    private static void stepItem(ViewText t, Form form, AccommodationStep step, int number) {
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
