package jp.jobcoach.workspace.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The accommodations of a case ({@code jobcoach-accommodations}): each with its steps (planned or lifted, and
 * who approved the lift), review dates with a lozenge naming the review that is due, and stop conditions; for roles
 * that edit ACCOMMODATIONS the forms to add, edit, lift the next step (asking first, with the stop conditions and
 * the last review in the question), undo one's own lift for {@link Accommodation#UNDO_WINDOW}, record a review and
 * delete. Builds the model that {@code templates/jobcoach/accommodations.vm} renders.
 */
public final class AccommodationsView {
    public static final String MACRO = "accommodations";
    static final String TEMPLATE = "templates/jobcoach/accommodations.vm";
    /** Blank step rows offered in the form, so a step can be added without a script building rows. */
    private static final int SPARE_STEPS = 2;

    /**
     * The accommodations, whether the viewer may change them, and who is looking when: today decides the review due,
     * the viewer and the instant the lift they may still undo.
     */
    public record Model(long caseId, List<Stored<Accommodation>> accommodations, LocalDate today, Instant now,
                        String viewerKey, boolean mayEdit) {
    }

    private AccommodationsView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        boolean editable = view.interactive() && model.mayEdit();
        return view.render(TEMPLATE, Map.of(
                "editable", editable,
                "sectionId", sectionAnchor(model.caseId()),
                "csvUrl", view.exportUrl(model.caseId(), "accommodations"),
                "newForm", editable ? editForm(text, model.caseId(), null) : Map.of(),
                "stepHeaders", List.of(text.field("steps.label"), text.message("jobcoach.web.accommodations.planned"),
                        text.field("steps.liftedDate"), text.field("steps.approvedBy")),
                "stepHeadersWithLimits", List.of(text.field("steps.label"), text.message("jobcoach.web.accommodations.planned"),
                        text.field("steps.liftedDate"), text.field("steps.approvedBy"),
                        text.message("jobcoach.web.accommodations.step-limits")),
                "accommodations", model.accommodations().stream().map(stored -> accommodation(text, stored,
                        model.today(), editable ? controls(text, stored, model) : Map.of()))
                        .toList()));
    }

    private static Map<String, Object> accommodation(ViewText text, Stored<Accommodation> stored, LocalDate today,
                                                     Map<String, Object> controls) {
        Accommodation value = stored.value();
        String due = value.dueReview(today).map(day -> text.message("jobcoach.web.accommodations.review-due", text.day(day))).orElse("");
        return Map.ofEntries(Map.entry("anchor", anchor(stored.id())), Map.entry("title", orEmpty(value.title())), Map.entry("reviewDue", due),
                Map.entry("description", orEmpty(value.description())),
                Map.entry("steps", value.steps().stream().map(step -> step(text, step)).toList()),
                Map.entry("reviewDates", days(text, value.reviewDates())), Map.entry("reviewsDone", days(text, value.reviewsDone())),
                Map.entry("stopConditions", orEmpty(value.stopConditions())), Map.entry("controls", controls),
                // issue 17: the machine-readable limits, as set and as in force today after the lifted steps
                Map.entry("hasLimits", !value.limits().isEmpty() || value.steps().stream().anyMatch(step -> !step.limits().isEmpty())),
                Map.entry("limits", CapacityText.limits(text, value.limits())),
                Map.entry("limitsToday", CapacityText.limits(text, value.limitsOn(today))));
    }

    /** The element id of an accommodation's article, kept across saves: the saved record stays where it was. */
    private static String anchor(Object id) {
        return "jobcoach-accommodation-" + id;
    }

    private static String sectionAnchor(long caseId) {
        return "jobcoach-accommodations-" + caseId;
    }

    /** The macro as the server renders it now, which its forms put in place after a save. */
    private static String rendered(long caseId) {
        return "/cases/" + caseId + "/accommodations/html";
    }

    private static Map<String, Object> step(ViewText text, AccommodationStep step) {
        return Map.of("label", orEmpty(step.label()), "planned", text.day(step.plannedDate()), "lifted", step.isLifted(),
                "liftedOn", text.day(step.liftedDate()), "approver", step.isLifted() ? text.person(step.approvedBy()) : "",
                "limits", CapacityText.change(text, step.limits()));
    }

    private static String days(ViewText text, List<LocalDate> days) {
        return days.isEmpty() ? "—" : String.join(", ", days.stream().map(text::day).toList());
    }

    /** Lift, undo, review, edit, delete: each a small form of its own, posting to the record's REST endpoint. */
    private static Map<String, Object> controls(ViewText text, Stored<Accommodation> stored, Model model) {
        LocalDate today = model.today();
        String reload = text.message("jobcoach.web.conflict-reload");
        String base = "/cases/" + stored.caseId() + "/accommodations/" + stored.id();
        String prefix = "jobcoach-accommodation-" + stored.id();
        int next = IntStream.range(0, stored.value().steps().size())
                .filter(index -> !stored.value().steps().get(index).isLifted()).findFirst().orElse(-1);
        String title = ViewText.isolated(stored.value().title());
        String anchor = anchor(stored.id());
        String rendered = rendered(stored.caseId());
        Map<String, Object> lift = next < 0 ? Map.of() : new Form(prefix + "-lift", "POST", base + "/lift")
                .message("conflict", reload).refresh(rendered, anchor, "id", null)
                .message("saved", text.message("jobcoach.web.accommodations.lifted",
                        ViewText.isolated(stored.value().steps().get(next).label()), title))
                .hidden("version", String.valueOf(stored.version()), "int").hidden("step", String.valueOf(next), "int")
                .input("date", "steps[" + next + "].liftedDate", text.field("steps.liftedDate"), "date", today.toString())
                .confirm(liftQuestion(text, stored.value(), next, today))
                .render(text.message("jobcoach.web.accommodations.lift-legend"),
                        text.message("jobcoach.web.accommodations.lift", ViewText.isolated(stored.value().steps().get(next).label())));
        Map<String, Object> review = new Form(prefix + "-review", "POST", base + "/review").message("conflict", reload)
                .refresh(rendered, anchor, "id", null).message("saved", text.message("jobcoach.web.accommodations.reviewed", title))
                .hidden("version", String.valueOf(stored.version()), "int")
                .input("date", "reviewsDone", text.message("jobcoach.web.accommodations.review-date"), "date", today.toString())
                .render(text.message("jobcoach.web.accommodations.review"), text.message("jobcoach.web.accommodations.review"));
        Map<String, Object> delete = new Form(prefix + "-delete", "DELETE", base + "?version=" + stored.version())
                .message("conflict", reload).refresh(rendered, sectionAnchor(stored.caseId()), "id", null)
                .message("saved", text.message("jobcoach.web.accommodations.deleted", title))
                .confirm(text.message("jobcoach.web.accommodations.delete-confirm", ViewText.isolated(stored.value().title()))).secondary()
                .render(null, text.message("jobcoach.web.delete"));
        OptionalInt undoable = stored.value().undoableStep(model.viewerKey(), model.now());
        Map<String, Object> undo = undoable.isEmpty() ? Map.of() : undoForm(text, stored, undoable.getAsInt(), base, prefix, reload);
        return Map.of("mayLift", next >= 0, "lift", lift, "undo", undo, "review", review,
                "edit", editForm(text, stored.caseId(), stored), "delete", delete);
    }

    /**
     * What the approver should weigh before lifting: the step, the stop conditions as written, and the last review (or
     * that none was recorded, or which one is due). The user's text is isolated, as the dialog is plain text.
     */
    private static String liftQuestion(ViewText text, Accommodation value, int next, LocalDate today) {
        String stop = value.stopConditions() == null || value.stopConditions().isBlank()
                ? text.message("jobcoach.web.accommodations.no-stop-conditions") : ViewText.isolated(value.stopConditions());
        String review = value.lastReview().map(text::day).orElse(text.message("jobcoach.web.accommodations.no-review"));
        String due = value.dueReview(today).map(day -> " " + text.message("jobcoach.web.accommodations.review-due", text.day(day))).orElse("");
        return text.message("jobcoach.web.accommodations.lift-confirm", ViewText.isolated(value.steps().get(next).label()), stop,
                review + due);
    }

    /** Takes back the viewer's own last lift, until its window closes; the time it closes is on the button. */
    private static Map<String, Object> undoForm(ViewText text, Stored<Accommodation> stored, int step, String base,
                                                String prefix, String reload) {
        AccommodationStep lifted = stored.value().steps().get(step);
        return new Form(prefix + "-undo", "POST", base + "/lift/undo").message("conflict", reload)
                .refresh(rendered(stored.caseId()), anchor(stored.id()), "id", null)
                .message("saved", text.message("jobcoach.web.accommodations.undone", ViewText.isolated(lifted.label())))
                .hidden("version", String.valueOf(stored.version()), "int").hidden("step", String.valueOf(step), "int")
                .secondary()
                .render(null, text.message("jobcoach.web.accommodations.undo", ViewText.isolated(lifted.label()),
                        text.when(lifted.liftedAt().plus(Accommodation.UNDO_WINDOW))));
    }

    /** The create form when {@code stored} is null, else the edit form; lifted steps keep their lift. */
    private static Map<String, Object> editForm(ViewText text, long caseId, Stored<Accommodation> stored) {
        Accommodation value = stored == null ? new Accommodation("", "", List.of(), List.of(), List.of(), "") : stored.value();
        String path = "/cases/" + caseId + "/accommodations" + (stored == null ? "" : "/" + stored.id());
        Form form = new Form("jobcoach-accommodation-" + (stored == null ? "new-" + caseId : stored.id() + "-edit"),
                stored == null ? "POST" : "PUT", path).conflict("value", "version").keep("accommodation.steps[]")
                .refresh(rendered(caseId), anchor(stored == null ? "{0}" : stored.id()), "id", "value.title")
                .message("saved", text.message("jobcoach.web.accommodations.saved", "{0}"));
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        form.input("accommodation.title", "title", text.field("title"), "text", orEmpty(value.title()))
                .textarea("accommodation.description", "description", text.field("description"), value.description());
        limitFields(text, form, "accommodation.limits.", "limits.", value.limits(), false);
        List<AccommodationStep> rows = new ArrayList<>(value.steps());
        IntStream.range(0, SPARE_STEPS).forEach(spare -> rows.add(AccommodationStep.planned("", null)));
        for (int i = 0; i < rows.size(); i++) {
            stepItem(text, form, rows.get(i), i + 1);
        }
        return form.list("accommodation.reviewDates", "reviewDates", text.message("jobcoach.web.accommodations.review-dates-input"),
                        value.reviewDates().stream().map(LocalDate::toString).toList())
                .hidden("accommodation.reviewsDone", String.join(", ", value.reviewsDone().stream().map(LocalDate::toString).toList()), "list")
                .textarea("accommodation.stopConditions", "stopConditions", text.field("stopConditions"), value.stopConditions())
                .render(text.message(stored == null ? "jobcoach.web.accommodations.new" : "jobcoach.web.edit"), text.message("jobcoach.web.save"));
    }

    /** One step row; a blank row is not sent. A lifted step carries its lift along unchanged. */
    private static void stepItem(ViewText text, Form form, AccommodationStep step, int number) {
        String name = "accommodation.steps.#.";
        form.item("steps", text.message("jobcoach.web.accommodations.step-n", number), null, true, item -> {
            item.input(name + "label", "steps[#].label", text.field("steps.label"), "text", orEmpty(step.label()))
                    .input(name + "plannedDate", "steps[#].plannedDate", text.message("jobcoach.web.accommodations.planned"), "date",
                            step.plannedDate() == null ? "" : step.plannedDate().toString());
            limitFields(text, item, name + "limits.", "steps[#].limits.", step.limits(), true);
            if (step.isLifted()) {
                item.hidden(name + "liftedDate", step.liftedDate().toString(), "text")
                        .hidden(name + "approvedBy", step.approvedBy(), "text");
            }
        });
    }

    /**
     * The capacity limits (issue 17): hours a day and days a week typed (blank: no limit, on a step unchanged), and no
     * overtime / no night shift chosen — on the accommodation "in force" or not, on a step "unchanged", "lifted" or
     * "in force from this step".
     */
    private static void limitFields(ViewText text, Form form, String name, String field, CapacityLimits limits, boolean step) {
        String labels = step ? "steps.limits." : "limits.";
        form.input(name + "dailyHours", field + "dailyHours", text.field(labels + "dailyHours"), "text",
                        CapacityText.hours(limits.dailyHours()))
                .number(name + "daysPerWeek", field + "daysPerWeek", text.field(labels + "daysPerWeek"),
                        limits.daysPerWeek() == null ? "" : String.valueOf(limits.daysPerWeek()))
                .select(name + "noOvertime", field + "noOvertime", text.field(labels + "noOvertime"),
                        limitChoices(text, step), choice(limits.noOvertime()))
                .select(name + "noNightShift", field + "noNightShift", text.field(labels + "noNightShift"),
                        limitChoices(text, step), choice(limits.noNightShift()));
    }

    private static List<Form.Option> limitChoices(ViewText text, boolean step) {
        return step ? List.of(new Form.Option("", text.message("jobcoach.web.limits.unchanged")),
                new Form.Option("false", text.message("jobcoach.web.limits.lifted")),
                new Form.Option("true", text.message("jobcoach.web.limits.in-force-from-step")))
                : List.of(new Form.Option("", text.message("jobcoach.web.limits.not-limited")),
                new Form.Option("true", text.message("jobcoach.web.limits.in-force")));
    }

    private static String choice(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
