package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.view.InterviewForm.orEmpty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;

/**
 * Retention interviews ({@code jobcoach-interviews}): the list newest first, each interview's record, the
 * ratings' trend, and for coaches the create and edit forms with the interview guide beside them. It builds the
 * model that {@code templates/jobcoach/interviews.vm} renders, from exactly what the service handed over: the
 * service already removed ratings and notes for roles that may not see them, so empty parts are left out rather
 * than decided again.
 */
public final class InterviewsView {
    public static final String MACRO = "interviews";
    static final String TEMPLATE = "templates/jobcoach/interviews.vm";

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
        Optional<Map<String, Object>> trend = TrendChart.model(t, model.interviews());
        Map<String, Object> view = new LinkedHashMap<>(headers(t));
        view.put("newForms", forms ? InterviewForm.create(t, model.caseId(), model.team(), model.draft().orElseThrow()) : List.of());
        view.put("prompts", forms ? PromptsView.model(t) : Map.of());
        view.put("interviews", model.interviews().stream().map(stored -> interview(t, stored,
                forms ? InterviewForm.edit(t, model.caseId(), model.team(), stored) : List.of())).toList());
        view.put("hasTrend", trend.isPresent());
        view.put("trend", trend.orElse(Map.of()));
        return v.render(TEMPLATE, view);
    }

    /** The column headers of the list and of the tables in each record. */
    private static Map<String, Object> headers(ViewText t) {
        return Map.of("listHeaders", List.of(t.t("jobcoach.field.date"), t.t("jobcoach.field.participants"),
                        t.t("jobcoach.web.interviews.status"), t.t("jobcoach.field.nextDate")),
                "ratingHeaders", List.of(t.t("jobcoach.web.interviews.item"), t.t("jobcoach.web.interviews.rating")),
                "actionHeaders", List.of(t.t("jobcoach.field.newActions.owner.userKey"), t.t("jobcoach.field.newActions.what"),
                        t.t("jobcoach.field.newActions.dueDate"), t.t("jobcoach.field.newActions.status")));
    }

    /** One interview, for its row in the list and its record; {@code editForms} is empty where no one edits. */
    private static Map<String, Object> interview(ViewText t, Stored<RetentionInterview> stored, List<Map<String, Object>> editForms) {
        RetentionInterview value = stored.value();
        Map<String, Object> interview = new LinkedHashMap<>();
        interview.put("anchor", "jobcoach-interview-" + stored.id());
        interview.put("link", "#jobcoach-interview-" + stored.id());
        interview.put("date", t.day(value.date()));
        interview.put("title", t.t("jobcoach.web.interviews.of", t.day(value.date())));
        interview.put("status", status(t, value.status()));
        interview.put("participants", participants(t, value.participants()));
        interview.put("hasAbsentReason", value.workerAbsentReason() != null);
        interview.put("absentReason", orEmpty(value.workerAbsentReason()));
        interview.put("nextDate", t.day(value.nextDate()));
        interview.put("ratings", ratings(t, value));
        interview.put("notes", notes(t, value.notes()));
        interview.put("actionGroups", Stream.of(actions(t, "jobcoach.field.carriedActions", value.carriedActions()),
                actions(t, "jobcoach.field.newActions", value.newActions())).flatMap(Optional::stream).toList());
        interview.put("editForms", editForms);
        return interview;
    }

    /** Each person by name with the role they took part in; {@code first} for the template's separators. */
    private static List<Map<String, Object>> participants(ViewText t, List<Participant> participants) {
        return IntStream.range(0, participants.size()).mapToObj(i -> Map.<String, Object>of(
                "name", name(t, participants.get(i).person()), "role", t.label(participants.get(i).role()), "first", i == 0))
                .toList();
    }

    /** A person by account name when they have an account, else by the name typed for them. */
    static String name(ViewText t, PersonRef person) {
        if (person == null) {
            return "";
        }
        return orEmpty(person.hasAccount() ? t.person(person.userKey()) : person.displayName());
    }

    private static Map<String, Object> status(ViewText t, InterviewStatus status) {
        return lozenge(status == InterviewStatus.FINAL ? "success" : "default", t.label(status));
    }

    private static Map<String, Object> lozenge(String type, String labelText) {
        return Map.of("type", type, "label", labelText);
    }

    /** The ratings the viewer may see, in the items' order; none for those who may not. */
    private static List<Map<String, Object>> ratings(ViewText t, RetentionInterview value) {
        return ConditionItem.INTERVIEW_ITEMS.stream().flatMap(item -> value.ratings().rating(item).stream()
                .mapToObj(rating -> Map.<String, Object>of("item", t.label(item),
                        "rating", InterviewForm.ratingLabel(t, item, rating)))).toList();
    }

    /** The coaches' notes; a reader who may not see them got blank notes from the service, and sees no headings. */
    private static List<Map<String, Object>> notes(ViewText t, InterviewNotes notes) {
        if (notes.equals(InterviewNotes.blank())) {
            return List.of();
        }
        return InterviewForm.NOTES.entrySet().stream().map(note -> Map.<String, Object>of(
                "heading", t.field("notes." + note.getKey()), "text", orEmpty(note.getValue().apply(notes)))).toList();
    }

    /** A table of actions under its heading, or none when there are no actions. */
    private static Optional<Map<String, Object>> actions(ViewText t, String headingKey, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.of("heading", t.t(headingKey), "actions", actions.stream().map(action -> Map.<String, Object>of(
                "owner", name(t, action.owner()), "what", orEmpty(action.what()), "dueDate", t.day(action.dueDate()),
                "status", actionStatus(t, action), "note", orEmpty(action.progressNote()).isBlank() ? "" : action.progressNote()))
                .toList()));
    }

    private static Map<String, Object> actionStatus(ViewText t, AgreedAction action) {
        return lozenge(action.status() == null ? "default" : switch (action.status()) {
            case DONE -> "success";
            case CONTINUED -> "current";
            case DROPPED -> "moved";
            case OPEN -> "default";
        }, t.label(action.status()));
    }
}
