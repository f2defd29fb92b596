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

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        boolean forms = view.interactive() && model.mayEdit();
        Optional<Map<String, Object>> trend = TrendChart.model(text, model.interviews());
        Map<String, Object> page = new LinkedHashMap<>(headers(text));
        page.put("newForms", forms ? InterviewForm.create(text, model.caseId(), model.team(), model.draft().orElseThrow()) : List.of());
        page.put("prompts", forms ? PromptsView.model(text) : Map.of());
        page.put("interviews", model.interviews().stream().map(stored -> interview(text, stored,
                forms ? InterviewForm.edit(text, model.caseId(), model.team(), stored) : List.of())).toList());
        page.put("hasTrend", trend.isPresent());
        page.put("trend", trend.orElse(Map.of()));
        return view.render(TEMPLATE, page);
    }

    /** The column headers of the list and of the tables in each record. */
    private static Map<String, Object> headers(ViewText text) {
        return Map.of("listHeaders", List.of(text.message("jobcoach.field.date"), text.message("jobcoach.field.participants"),
                        text.message("jobcoach.web.interviews.status"), text.message("jobcoach.field.nextDate")),
                "ratingHeaders", List.of(text.message("jobcoach.web.interviews.item"), text.message("jobcoach.web.interviews.rating")),
                "actionHeaders", List.of(text.message("jobcoach.field.newActions.owner.userKey"), text.message("jobcoach.field.newActions.what"),
                        text.message("jobcoach.field.newActions.dueDate"), text.message("jobcoach.field.newActions.status")));
    }

    /** One interview, for its row in the list and its record; {@code editForms} is empty where no one edits. */
    private static Map<String, Object> interview(ViewText text, Stored<RetentionInterview> stored, List<Map<String, Object>> editForms) {
        RetentionInterview value = stored.value();
        Map<String, Object> interview = new LinkedHashMap<>();
        interview.put("anchor", "jobcoach-interview-" + stored.id());
        interview.put("link", "#jobcoach-interview-" + stored.id());
        interview.put("date", text.day(value.date()));
        interview.put("title", text.message("jobcoach.web.interviews.of", text.day(value.date())));
        interview.put("status", status(text, value.status()));
        interview.put("participants", participants(text, value.participants()));
        interview.put("hasAbsentReason", value.workerAbsentReason() != null);
        interview.put("absentReason", orEmpty(value.workerAbsentReason()));
        interview.put("nextDate", text.day(value.nextDate()));
        interview.put("ratings", ratings(text, value));
        interview.put("notes", notes(text, value.notes()));
        interview.put("actionGroups", Stream.of(actions(text, "jobcoach.field.carriedActions", value.carriedActions()),
                actions(text, "jobcoach.field.newActions", value.newActions())).flatMap(Optional::stream).toList());
        interview.put("editForms", editForms);
        return interview;
    }

    /** Each person by name with the role they took part in; {@code first} for the template's separators. */
    private static List<Map<String, Object>> participants(ViewText text, List<Participant> participants) {
        return IntStream.range(0, participants.size()).mapToObj(i -> Map.<String, Object>of(
                "name", name(text, participants.get(i).person()), "role", text.label(participants.get(i).role()), "first", i == 0))
                .toList();
    }

    /** A person by account name when they have an account, else by the name typed for them. */
    static String name(ViewText text, PersonRef person) {
        if (person == null) {
            return "";
        }
        return orEmpty(person.hasAccount() ? text.person(person.userKey()) : person.displayName());
    }

    private static Map<String, Object> status(ViewText text, InterviewStatus status) {
        return lozenge(status == InterviewStatus.FINAL ? "success" : "default", text.label(status));
    }

    private static Map<String, Object> lozenge(String type, String labelText) {
        return Map.of("type", type, "label", labelText);
    }

    /** The ratings the viewer may see, in the items' order; none for those who may not. */
    private static List<Map<String, Object>> ratings(ViewText text, RetentionInterview value) {
        return ConditionItem.INTERVIEW_ITEMS.stream().flatMap(item -> value.ratings().rating(item).stream()
                .mapToObj(rating -> Map.<String, Object>of("item", text.label(item),
                        "rating", InterviewForm.ratingLabel(text, item, rating)))).toList();
    }

    /** The coaches' notes; a reader who may not see them got blank notes from the service, and sees no headings. */
    private static List<Map<String, Object>> notes(ViewText text, InterviewNotes notes) {
        if (notes.equals(InterviewNotes.blank())) {
            return List.of();
        }
        return InterviewForm.NOTES.entrySet().stream().map(note -> Map.<String, Object>of(
                "heading", text.field("notes." + note.getKey()), "text", orEmpty(note.getValue().apply(notes)))).toList();
    }

    /** A table of actions under its heading, or none when there are no actions. */
    private static Optional<Map<String, Object>> actions(ViewText text, String headingKey, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.of("heading", text.message(headingKey), "actions", actions.stream().map(action -> Map.<String, Object>of(
                "owner", name(text, action.owner()), "what", orEmpty(action.what()), "dueDate", text.day(action.dueDate()),
                "status", actionStatus(text, action), "note", orEmpty(action.progressNote()).isBlank() ? "" : action.progressNote()))
                .toList()));
    }

    private static Map<String, Object> actionStatus(ViewText text, AgreedAction action) {
        return lozenge(action.status() == null ? "default" : switch (action.status()) {
            case DONE -> "success";
            case CONTINUED -> "current";
            case DROPPED -> "moved";
            case OPEN -> "default";
        }, text.label(action.status()));
    }
}
