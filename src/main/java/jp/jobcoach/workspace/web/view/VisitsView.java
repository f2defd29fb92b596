package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.PlannedVisitStatus;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The visit records of a case ({@code jobcoach-visits}): the tally ({@link TallyView}), the newest
 * {@link #IN_FULL} visits in full, the rest of the page as compact rows (date, kind, coaches) paged
 * by a keyset cursor, and for those who write visits the create form and the edit and delete forms of the visits
 * shown in full. Builds the model that {@code templates/jobcoach/visits.vm} renders, and the fragments that
 * jobcoach.js inserts as rendered: further rows ({@link #renderOlder}) and one visit opened with its forms
 * ({@link #renderOpened}). The forms save in place: the macro's body as rendered again ({@link #rendered}) replaces
 * the one shown, so the hand-over, the tally and the planned visits follow a save (docs/decisions.md #22); only an
 * older visit opened on demand is saved as a record ({@link Form#record}), as it is not in the body.
 */
public final class VisitsView {
    public static final String MACRO = "visits";
    static final String TEMPLATE = "templates/jobcoach/visits.vm";
    static final String OLDER_TEMPLATE = "templates/jobcoach/visit-older.vm";
    static final String OPENED_TEMPLATE = "templates/jobcoach/visit-opened.vm";
    /** How many of the newest visits show in full (the interviews show only the latest, issue 15). */
    public static final int IN_FULL = 3;
    private static final List<String> TEXTS = List.of("observations", "adviceToWorker", "adviceToCompany", "nextSteps");

    /**
     * A page of visits, whether the viewer may write them, and the case's center coaches to choose from; the day and
     * the viewer, which a new visit starts with (a coach records a visit on the day, and usually their own).
     */
    public record Model(long caseId, VisitOverview overview, boolean mayEdit, List<TeamMember> centerCoaches,
                        LocalDate today, String viewerKey, Set<CaseRole> viewerRoles) {

        /** The visits of {@code overview} as the guarded viewer sees them, with the case's center coaches. */
        public static Model of(GuardedCase on, VisitOverview overview) {
            return new Model(on.caseId(), overview, on.may(DataCategory.VISITS, Access.EDIT), on.team().members().stream()
                    .filter(member -> member.role() == CaseRole.CENTER_COACH).toList(), on.today(), on.actorKey(),
                    on.actorRoles());
        }
    }

    private VisitsView() {
    }

    /** The REST path (HTML) of the macro's body as it renders now, which its forms put in place after a save. */
    public static String rendered(long caseId) {
        return path(caseId) + "/overview/html";
    }

    /** The element id of the planned visits' section, where a cancelled one leaves the reader. */
    static String plannedAnchor(long caseId) {
        return "jobcoach-planned-section-" + caseId;
    }

    /** The element id of the visits' section, where a deleted visit leaves the reader. */
    static String visitsAnchor(long caseId) {
        return "jobcoach-visits-section-" + caseId;
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        boolean editable = view.interactive() && model.mayEdit();
        List<Stored<VisitRecord>> shown = model.overview().visits().items();
        int inFull = Math.min(IN_FULL, shown.size());
        return view.render(TEMPLATE, Map.ofEntries(
                Map.entry("tally", TallyView.model(text, model.overview().tallies())),
                Map.entry("csvUrl", view.exportUrl(model.caseId(), "visits")),
                Map.entry("editable", editable),
                Map.entry("plannedId", plannedAnchor(model.caseId())),
                Map.entry("visitsId", visitsAnchor(model.caseId())),
                Map.entry("handOver", handOver(text, model)),
                Map.entry("planned", planned(text, model, editable)),
                Map.entry("newForm", editable ? form(text, model, null, false) : Map.of()),
                Map.entry("visits", shown.subList(0, inFull).stream()
                        .map(stored -> visit(text, model, stored, view.interactive(), false)).toList()),
                Map.entry("older", OlderRecords.model(view, path(model.caseId()), olderHeaders(text),
                        older(text, view.interactive(), shown.subList(inFull, shown.size())), model.overview().visits().next()))));
    }

    /** Compact rows of a further page, for "more" ({@code visit-older.vm}); always interactive. */
    public static String renderOlder(ViewContext view, Page<Stored<VisitRecord>> page) {
        return view.render(OLDER_TEMPLATE, Map.of("older", OlderRecords.rows(older(view.text(), true, page.items()), page.next())));
    }

    /**
     * The one visit of {@code model} opened on demand ({@code visit-opened.vm}), with its forms for those who write
     * visits.
     */
    public static String renderOpened(ViewContext view, Model model) {
        return view.render(OPENED_TEMPLATE, Map.of("visit", visit(view.text(), model,
                model.overview().visits().items().get(0), true, true)));
    }

    private static List<Map<String, Object>> older(ViewText text, boolean opens, List<Stored<VisitRecord>> older) {
        return older.stream().map(stored -> {
            VisitRecord value = stored.value();
            return OlderRecords.row(text, path(stored.caseId()) + "/" + stored.id(), text.day(value.date()), opens,
                    List.of(OlderRecords.cell(text.day(value.date())), OlderRecords.cell(text.label(value.kind())),
                            OlderRecords.typed(value.coachKeys().stream().map(text::person).collect(Collectors.joining(", ")))));
        }).toList();
    }

    private static List<String> olderHeaders(ViewText text) {
        return List.of(text.field("date"), text.field("kind"), text.field("coachKeys"));
    }

    /** The case's visits in the REST API. */
    private static String path(long caseId) {
        return "/cases/" + caseId + "/visits";
    }

    /**
     * One visit; its edit and delete forms where controls show ({@code controls}) and the viewer may change this visit:
     * its own coaches and the counselor ({@link VisitRecord#changeableBy}), so nobody is offered a 403.
     */
    private static Map<String, Object> visit(ViewText text, Model model, Stored<VisitRecord> stored, boolean controls,
                                             boolean opened) {
        VisitRecord value = stored.value();
        boolean editable = controls && value.changeableBy(model.viewerKey(), model.viewerRoles());
        List<String> keys = value.coachKeys();
        List<Map<String, Object>> coaches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            coaches.add(Map.of("name", text.person(keys.get(i)), "first", i == 0));
        }
        List<String> texts = texts(value);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            sections.add(Map.of("label", text.field(TEXTS.get(i)), "text", texts.get(i)));
        }
        Map<String, Object> visit = new java.util.HashMap<>();
        visit.put("anchor", OlderRecords.anchor("visit", stored.id()));
        visit.put("day", text.day(value.date()));
        visit.put("kind", text.label(value.kind()));
        visit.put("coaches", coaches);
        visit.put("texts", sections);
        visit.put("editable", editable);
        visit.put("handOver", nullToEmpty(value.handOver()));
        visit.put("opened", opened);
        visit.put("path", path(stored.caseId()) + "/" + stored.id());
        visit.put("editForm", editable ? form(text, model, stored, opened) : Map.of());
        visit.put("deleteForm", editable ? deleteForm(text, stored) : Map.of());
        return visit;
    }

    /**
     * The newest visit's hand-over, for the coach who visits next: who left it and when, and the text; marked for the
     * viewer when they were not on that visit (the partner, who it is for). Empty without one.
     */
    static Map<String, Object> handOver(ViewText text, Model model) {
        return model.overview().handOver().<Map<String, Object>>map(stored -> Map.of(
                "heading", text.message("jobcoach.web.visits.hand-over-from", text.day(stored.value().date()),
                        stored.value().coachKeys().stream().map(text::person).collect(Collectors.joining(", "))),
                "text", stored.value().handOver(),
                "forViewer", !stored.value().coachKeys().contains(model.viewerKey()),
                "anchor", OlderRecords.anchor("visit", stored.id()))).orElse(Map.of());
    }

    /**
     * The planned visits the page lists, earliest first, each with its coach, note and where it stands; for those who
     * write visits each with its edit and cancel forms, and the form that plans one more.
     */
    private static Map<String, Object> planned(ViewText text, Model model, boolean editable) {
        List<Map<String, Object>> rows = model.overview().schedule().stream().map(entry -> {
            Stored<PlannedVisit> stored = entry.planned();
            PlannedVisit value = stored.value();
            String status = text.label(entry.status()) + entry.kept()
                    .map(day -> " " + text.message("jobcoach.web.planned.kept-on", text.day(day))).orElse("");
            // a planned visit that a visit kept is history: only the others are moved or cancelled
            boolean changeable = editable && entry.status() != PlannedVisitStatus.DONE;
            return Map.<String, Object>of("anchor", plannedRowAnchor(String.valueOf(stored.id())), "day", text.day(value.date()), "coach", coachName(text, model, value.coachKey()),
                    "note", nullToEmpty(value.note()), "status", status, "statusType", statusType(entry.status()),
                    "editForm", changeable ? plannedForm(text, model, stored) : Map.of(),
                    "cancelForm", changeable ? cancelForm(text, stored) : Map.of());
        }).toList();
        return Map.of("rows", rows, "headers", List.of(text.field("date"), text.field("coachKey"), text.field("note"),
                        text.message("jobcoach.web.planned.status")),
                "newForm", editable ? plannedForm(text, model, null) : Map.of());
    }

    /** The element id of a planned visit's row ({@code {0}}: the one a form makes). */
    private static String plannedRowAnchor(String id) {
        return "jobcoach-planned-visit-" + id;
    }

    private static String statusType(PlannedVisitStatus status) {
        return switch (status) {
            case DONE -> "success";
            case MISSED -> "error";
            case DUE -> "current";
            case UPCOMING -> "default";
        };
    }

    /** A coach by name, with their slot (正/副) while they are on the team. */
    private static String coachName(ViewText text, Model model, String key) {
        return model.centerCoaches().stream().filter(coach -> coach.userKey().equals(key)).findFirst()
                .map(coach -> text.person(key) + (coach.slot() == null ? "" : " (" + text.label(coach.slot()) + ")"))
                .orElse(text.person(key));
    }

    /** The form that plans a visit ({@code stored} null: a new one, on the viewer if they are one of the coaches). */
    private static Map<String, Object> plannedForm(ViewText text, Model model, Stored<PlannedVisit> stored) {
        long caseId = model.caseId();
        String path = path(caseId) + "/planned" + (stored == null ? "" : "/" + stored.id());
        Form form = new Form("jobcoach-planned-" + caseId + "-" + (stored == null ? "new" : stored.id()),
                stored == null ? "POST" : "PUT", path).conflict("value", "version")
                .refresh(rendered(caseId), plannedRowAnchor(stored == null ? "{0}" : String.valueOf(stored.id())), "id", "value.date")
                .message("saved", text.message("jobcoach.web.planned.saved", "{0}"));
        PlannedVisit value = stored == null ? null : stored.value();
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        List<Form.Option> coaches = coachOptions(text, model, null);
        String coach = value != null ? value.coachKey()
                : signedInCoach(model).stream().findFirst().orElse(coaches.isEmpty() ? "" : coaches.get(0).value());
        form.input("plannedVisit.date", "date", text.field("date"), "date", value == null ? "" : String.valueOf(value.date()))
                .select("plannedVisit.coachKey", "coachKey", text.field("coachKey"), coaches, coach)
                .textarea("plannedVisit.note", "note", text.field("note"), value == null ? "" : nullToEmpty(value.note()));
        return form.render(stored == null ? text.message("jobcoach.web.planned.new") : null,
                text.message(stored == null ? "jobcoach.web.planned.add" : "jobcoach.web.save"));
    }

    private static Map<String, Object> cancelForm(ViewText text, Stored<PlannedVisit> stored) {
        return new Form("jobcoach-planned-cancel-" + stored.id(), "DELETE", path(stored.caseId()) + "/planned/"
                + stored.id() + "?version=" + stored.version())
                .message("conflict", text.message("jobcoach.web.conflict-reload"))
                .refresh(rendered(stored.caseId()), plannedAnchor(stored.caseId()), "id", null)
                .message("saved", text.message("jobcoach.web.planned.cancelled", text.day(stored.value().date())))
                .confirm(text.message("jobcoach.web.planned.cancel-confirm", text.day(stored.value().date()))).secondary()
                .render(null, text.message("jobcoach.web.planned.cancel"));
    }

    /** A new visit ticks the signed-in viewer when they are one of the case's center coaches. */
    private static List<String> signedInCoach(Model model) {
        return model.centerCoaches().stream().map(TeamMember::userKey).filter(model.viewerKey()::equals).toList();
    }

    /**
     * The create form when {@code stored} is null, else the edit form of that visit. Saved in place, the reader kept where
     * they were: the macro's body rendered again around the saved visit (Form#refresh, docs/decisions.md #22), so the
     * hand-over, the tally and the planned visits show the save; a visit {@code opened} on demand below the older rows is
     * not in the body, and only its record is rendered again (Form#record, docs/decisions.md #18).
     */
    private static Map<String, Object> form(ViewText text, Model model, Stored<VisitRecord> stored, boolean opened) {
        long caseId = model.caseId();
        String path = "/cases/" + caseId + "/visits" + (stored == null ? "" : "/" + stored.id());
        Form form = new Form("jobcoach-visit-" + caseId + "-" + (stored == null ? "new" : stored.id()),
                stored == null ? "POST" : "PUT", path).conflict("value", "version");
        if (opened) {
            form.record(path).message("saved", text.message("jobcoach.web.visits.saved", "{0}"));
        } else {
            form.refresh(rendered(caseId), stored == null ? "jobcoach-visit-{0}" : OlderRecords.anchor("visit", stored.id()),
                    "id", "value.date").message("saved", text.message("jobcoach.web.visits.saved", "{0}"));
        }
        VisitRecord value = stored == null ? null : stored.value();
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        form.input("visit.date", "date", text.field("date"), "date", String.valueOf(value == null ? model.today() : value.date()))
                .checkboxes("visit.coachKeys", "coachKeys", text.field("coachKeys"), coachOptions(text, model, value),
                        value == null ? signedInCoach(model) : value.coachKeys())
                .select("visit.kind", "kind", text.field("kind"), Arrays.stream(VisitKind.values())
                        .map(kind -> new Form.Option(kind.name(), text.label(kind))).toList(),
                        value == null ? "" : value.kind().name());
        List<String> texts = value == null ? List.of("", "", "", "") : texts(value);
        for (int i = 0; i < TEXTS.size(); i++) {
            form.textarea("visit." + TEXTS.get(i), TEXTS.get(i), text.field(TEXTS.get(i)), texts.get(i));
        }
        form.textarea("visit.handOver", "handOver", text.field("handOver"), value == null ? "" : nullToEmpty(value.handOver()));
        return form.render(text.message(stored == null ? "jobcoach.web.visits.new" : "jobcoach.web.edit"), text.message("jobcoach.web.save"));
    }

    /**
     * The case's center coaches by name and slot; a coach of an older visit who has left the team stays a choice
     * on that visit, so editing it does not silently drop them.
     */
    private static List<Form.Option> coachOptions(ViewText text, Model model, VisitRecord value) {
        List<Form.Option> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TeamMember coach : model.centerCoaches()) {
            keys.add(coach.userKey());
            options.add(new Form.Option(coach.userKey(), text.person(coach.userKey())
                    + (coach.slot() == null ? "" : " (" + text.label(coach.slot()) + ")")));
        }
        if (value != null) {
            value.coachKeys().stream().filter(key -> !keys.contains(key))
                    .forEach(key -> options.add(new Form.Option(key, text.person(key))));
        }
        return options;
    }

    /** Deleting is checked against the version shown: a visit someone changed meanwhile is not deleted unseen. */
    private static Map<String, Object> deleteForm(ViewText text, Stored<VisitRecord> stored) {
        return new Form("jobcoach-visit-delete-" + stored.id(), "DELETE", "/cases/" + stored.caseId() + "/visits/"
                + stored.id() + "?version=" + stored.version())
                .message("conflict", text.message("jobcoach.web.conflict-reload"))
                .refresh(rendered(stored.caseId()), visitsAnchor(stored.caseId()), "id", null)
                .message("saved", text.message("jobcoach.web.visits.deleted", text.day(stored.value().date())))
                .confirm(text.message("jobcoach.web.visits.delete-confirm", text.day(stored.value().date()))).secondary()
                .render(null, text.message("jobcoach.web.visits.delete"));
    }

    /** The free-text parts of a visit, in the order of {@link #TEXTS}. */
    private static List<String> texts(VisitRecord value) {
        return List.of(nullToEmpty(value.observations()), nullToEmpty(value.adviceToWorker()),
                nullToEmpty(value.adviceToCompany()), nullToEmpty(value.nextSteps()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
