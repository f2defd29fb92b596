package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.store.Stored;

/**
 * Retention interviews ({@code jobcoach-interviews}): the list newest first, each interview's record, the
 * ratings' trend, and for coaches the create and edit forms with the interview guide beside them. It shows
 * exactly what the service handed over: the service already removed ratings and notes for roles that may not
 * see them, so empty parts are left out here rather than decided again.
 */
public final class InterviewsView {
    public static final String MACRO = "interviews";

    /**
     * The interviews as the viewer may see them, newest first; {@code draft} is the carried-over starting point
     * of a new interview, present only for those who may write interviews.
     */
    public record Model(long caseId, List<Stored<RetentionInterview>> interviews, Optional<RetentionInterview> draft,
                        Team team) {
        public boolean mayEdit() {
            return draft.isPresent();
        }
    }

    private InterviewsView() {
    }

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        boolean forms = v.interactive() && model.mayEdit();
        StringBuilder body = new StringBuilder();
        if (forms) {
            body.append(Markup.details(t.t("jobcoach.web.interviews.new"),
                    InterviewForm.create(t, model.caseId(), model.team(), model.draft().orElseThrow()), false));
        }
        body.append(Markup.section(t.t("jobcoach.web.interviews.title"), list(t, model.interviews())));
        for (Stored<RetentionInterview> stored : model.interviews()) {
            body.append(record(t, stored, forms ? InterviewForm.edit(t, model.caseId(), model.team(), stored) : ""));
        }
        String trend = TrendChart.render(t, model.interviews());
        if (!trend.isEmpty()) {
            body.append(Markup.section(t.t("jobcoach.web.interviews.history"), trend));
        }
        return v.frame(MACRO, body.toString());
    }

    private static String list(ViewText t, List<Stored<RetentionInterview>> interviews) {
        if (interviews.isEmpty()) {
            return Markup.message("info", t.t("jobcoach.web.none-yet"));
        }
        return Markup.table(List.of(t.t("jobcoach.field.date"), t.t("jobcoach.field.participants"),
                t.t("jobcoach.web.interviews.status"), t.t("jobcoach.field.nextDate")), interviews.stream()
                .map(stored -> List.of("<a href=\"#jobcoach-interview-" + stored.id() + "\">" + text(t.day(stored.value().date()))
                                + "</a>", participants(t, stored.value().participants()), status(t, stored.value().status()),
                        text(t.day(stored.value().nextDate())))).toList());
    }

    static String participants(ViewText t, List<Participant> participants) {
        return String.join(", ", participants.stream().map(participant -> Markup.inline(name(t, participant.person()))
                + " " + text("(" + t.label(participant.role()) + ")")).toList());
    }

    /** A person by account name when they have an account, else by the name typed for them. */
    static String name(ViewText t, PersonRef person) {
        if (person == null) {
            return "";
        }
        return person.hasAccount() ? t.person(person.userKey()) : person.displayName();
    }

    private static String status(ViewText t, InterviewStatus status) {
        return Markup.lozenge(status == InterviewStatus.FINAL ? "success" : "default", t.label(status));
    }

    private static String record(ViewText t, Stored<RetentionInterview> stored, String editForm) {
        RetentionInterview value = stored.value();
        StringBuilder out = new StringBuilder("<article class=\"jobcoach-interview\" id=\"jobcoach-interview-")
                .append(stored.id()).append("\"><h4>").append(text(t.t("jobcoach.web.interviews.of", t.day(value.date()))))
                .append(' ').append(status(t, value.status())).append("</h4>");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t.t("jobcoach.field.participants"), participants(t, value.participants())});
        if (value.workerAbsentReason() != null) {
            facts.add(new String[] {t.t("jobcoach.field.workerAbsentReason"), Markup.inline(value.workerAbsentReason())});
        }
        facts.add(new String[] {t.t("jobcoach.field.nextDate"), text(t.day(value.nextDate()))});
        out.append(Markup.definitions(facts)).append(ratings(t, value)).append(notes(t, value.notes()));
        out.append(actions(t, "jobcoach.field.carriedActions", value.carriedActions()))
                .append(actions(t, "jobcoach.field.newActions", value.newActions()));
        if (!editForm.isEmpty()) {
            out.append(Markup.details(t.t("jobcoach.web.edit"), editForm, false));
        }
        return out.append("</article>").toString();
    }

    private static String ratings(ViewText t, RetentionInterview value) {
        if (value.ratings().isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ConditionItem item : ConditionItem.INTERVIEW_ITEMS) {
            value.ratings().rating(item).ifPresent(rating -> rows.add(List.of(text(t.label(item)),
                    text(InterviewForm.ratingLabel(t, item, rating)))));
        }
        return "<h5>" + text(t.t("jobcoach.field.ratings")) + "</h5>"
                + Markup.table(List.of(t.t("jobcoach.web.interviews.item"), t.t("jobcoach.web.interviews.rating")), rows);
    }

    /** The coaches' notes; a reader who may not see them got blank notes from the service, and sees no headings. */
    private static String notes(ViewText t, InterviewNotes notes) {
        if (notes.equals(InterviewNotes.blank())) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        InterviewForm.NOTES.forEach((field, read) -> out.append("<h5>").append(text(t.field("notes." + field)))
                .append("</h5>").append(Markup.block(read.apply(notes))));
        return out.toString();
    }

    private static String actions(ViewText t, String headingKey, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            return "";
        }
        return "<h5>" + text(t.t(headingKey)) + "</h5>" + Markup.table(List.of(t.t("jobcoach.field.newActions.owner.userKey"),
                t.t("jobcoach.field.newActions.what"), t.t("jobcoach.field.newActions.dueDate"),
                t.t("jobcoach.field.newActions.status")), actions.stream().map(action -> List.of(
                Markup.inline(name(t, action.owner())), Markup.inline(action.what()), text(t.day(action.dueDate())),
                actionStatus(t, action))).toList());
    }

    private static String actionStatus(ViewText t, AgreedAction action) {
        String note = action.progressNote() == null || action.progressNote().isBlank() ? ""
                : " " + Markup.inline(action.progressNote());
        return Markup.lozenge(action.status() == null ? "default" : switch (action.status()) {
            case DONE -> "success";
            case CONTINUED -> "current";
            case DROPPED -> "moved";
            case OPEN -> "default";
        }, t.label(action.status())) + note;
    }
}
