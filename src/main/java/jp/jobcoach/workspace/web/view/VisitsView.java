package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.store.Stored;

/** The visit records of a case ({@code jobcoach-visits}): newest first, the tally, and the forms. */
public final class VisitsView {
    public static final String MACRO = "visits";
    private static final List<String> TEXTS = List.of("observations", "adviceToWorker", "adviceToCompany", "nextSteps");

    /** The visits, whether the viewer may write them, and the case's center coaches to choose from. */
    public record Model(long caseId, VisitOverview overview, boolean mayEdit, List<TeamMember> centerCoaches) {
    }

    private VisitsView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        boolean forms = v.interactive() && model.mayEdit();
        StringBuilder body = new StringBuilder(Markup.section(t.t("jobcoach.web.case.visits"),
                TallyView.render(v, model.overview().tallies())));
        if (forms) {
            body.append(Markup.details(t.t("jobcoach.web.visits.new"), form(t, model, null), false));
        }
        StringBuilder list = new StringBuilder();
        for (Stored<VisitRecord> stored : model.overview().visits()) {
            list.append(visit(t, stored, forms ? Markup.details(t.t("jobcoach.web.edit"), form(t, model, stored), false)
                    + deleteButton(t, stored) : ""));
        }
        body.append(Markup.section(t.t("jobcoach.web.visits.title"), model.overview().visits().isEmpty()
                ? Markup.message("info", t.t("jobcoach.web.none-yet")) : list.toString()));
        return v.frame(MACRO, body.toString());
    }

    private static String visit(ViewText t, Stored<VisitRecord> stored, String controlsHtml) {
        VisitRecord value = stored.value();
        StringBuilder out = new StringBuilder("<article class=\"jobcoach-visit\"><h4>").append(text(t.day(value.date())))
                .append(' ').append(Markup.lozenge("default", t.label(value.kind()))).append("</h4>")
                .append("<p class=\"jobcoach-meta\">").append(text(t.t("jobcoach.field.coachKeys"))).append(": ")
                .append(String.join(", ", value.coachKeys().stream().map(key -> Markup.inline(t.person(key))).toList())).append("</p>");
        List<String> values = texts(value);
        for (int i = 0; i < TEXTS.size(); i++) {
            out.append("<h5>").append(text(t.field(TEXTS.get(i)))).append("</h5>").append(Markup.block(values.get(i)));
        }
        return out.append(controlsHtml).append("</article>").toString();
    }

    /** The create form when {@code stored} is null, else the edit form of that visit. */
    private static String form(ViewText t, Model model, Stored<VisitRecord> stored) {
        long caseId = model.caseId();
        String path = "/cases/" + caseId + "/visits" + (stored == null ? "" : "/" + stored.id());
        HtmlForm form = new HtmlForm("jobcoach-visit-" + caseId + "-" + (stored == null ? "new" : stored.id()),
                stored == null ? "POST" : "PUT", path).conflict("value", "version");
        VisitRecord value = stored == null ? null : stored.value();
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        form.input("visit.date", "date", t.field("date"), "date", value == null ? "" : String.valueOf(value.date()))
                .checkboxes("visit.coachKeys", "coachKeys", t.field("coachKeys"), coachOptions(t, model, value),
                        value == null ? List.of() : value.coachKeys())
                .select("visit.kind", "kind", t.field("kind"), Arrays.stream(VisitKind.values())
                        .map(kind -> new HtmlForm.Option(kind.name(), t.label(kind))).toList(),
                        value == null ? "" : value.kind().name());
        List<String> texts = value == null ? List.of("", "", "", "") : texts(value);
        for (int i = 0; i < TEXTS.size(); i++) {
            form.textarea("visit." + TEXTS.get(i), TEXTS.get(i), t.field(TEXTS.get(i)), texts.get(i));
        }
        return form.render(t.t(stored == null ? "jobcoach.web.visits.new" : "jobcoach.web.edit"), t.t("jobcoach.web.save"));
    }

    /**
     * The case's center coaches by name and slot; a coach of an older visit who has left the team stays a choice
     * on that visit, so editing it does not silently drop them.
     */
    private static List<HtmlForm.Option> coachOptions(ViewText t, Model model, VisitRecord value) {
        List<HtmlForm.Option> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TeamMember coach : model.centerCoaches()) {
            keys.add(coach.userKey());
            options.add(new HtmlForm.Option(coach.userKey(), t.person(coach.userKey())
                    + (coach.slot() == null ? "" : " (" + t.label(coach.slot()) + ")")));
        }
        if (value != null) {
            value.coachKeys().stream().filter(key -> !keys.contains(key))
                    .forEach(key -> options.add(new HtmlForm.Option(key, t.person(key))));
        }
        return options;
    }

    /** Deleting is checked against the version shown: a visit someone changed meanwhile is not deleted unseen. */
    private static String deleteButton(ViewText t, Stored<VisitRecord> stored) {
        return new HtmlForm("jobcoach-visit-delete-" + stored.id(), "DELETE", "/cases/" + stored.caseId() + "/visits/"
                + stored.id() + "?version=" + stored.version())
                .message("conflict", t.t("jobcoach.web.conflict-reload"))
                .confirm(t.t("jobcoach.web.visits.delete-confirm", t.day(stored.value().date()))).secondary()
                .render(null, t.t("jobcoach.web.visits.delete"));
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
