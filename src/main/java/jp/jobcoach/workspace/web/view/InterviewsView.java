package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.view.InterviewForm.orEmpty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Page;
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
 * Retention interviews ({@code jobcoach-interviews}): the latest ({@link #IN_FULL}) in full with its record,
 * the older ones as compact rows (date, how many took part, status, next date) paged by a keyset cursor, the
 * ratings' trend over the interviews read, and for coaches the create form and the interview guide, one per
 * page beside whichever editor is open.
 * It builds the models that {@code templates/jobcoach/interviews.vm} renders, and the two fragments that
 * jobcoach.js inserts as rendered: further compact rows ({@link #renderOlder}, through "more") and one interview
 * opened with its editor ({@link #renderOpened}). An edit form (some 30 KB with its guide) comes only for the
 * interview a coach chooses to edit or open, and the script drops the one shown before and folds the create form:
 * the page holds at most one open editor, and costs the same whatever the history. Everything comes from exactly what the service handed over: the service already
 * removed ratings and notes for roles that may not see them, so empty parts are left out rather than decided again.
 */
public final class InterviewsView {
    public static final String MACRO = "interviews";
    static final String TEMPLATE = "templates/jobcoach/interviews.vm";
    static final String OLDER_TEMPLATE = "templates/jobcoach/interview-older.vm";
    static final String OPENED_TEMPLATE = "templates/jobcoach/interview-opened.vm";
    /** How many of the newest interviews show in full (the latest); the earlier ones are compact rows (issue 15). */
    public static final int IN_FULL = 1;

    /**
     * A page of the interviews as the viewer may see them, newest first; {@code draft} is the carried-over
     * starting point of a new interview, present only for those who may write interviews; {@code workerAccount}
     * whether the viewer sees the worker's own account (ratings, account, worries), which the service removed
     * otherwise: the view then leaves out their headings and form fields too.
     */
    public record Model(long caseId, Page<Stored<RetentionInterview>> interviews, Optional<RetentionInterview> draft,
                        Team team, boolean workerAccount) {
        /** A model of interviews as the service handed them over, the worker's account included where present. */
        public Model(long caseId, Page<Stored<RetentionInterview>> interviews, Optional<RetentionInterview> draft, Team team) {
            this(caseId, interviews, draft, team, true);
        }

        public boolean mayEdit() {
            return draft.isPresent();
        }
    }

    private InterviewsView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        boolean forms = view.interactive() && model.mayEdit();
        List<Stored<RetentionInterview>> shown = model.interviews().items();
        List<Stored<RetentionInterview>> inFull = shown.subList(0, Math.min(IN_FULL, shown.size()));
        Optional<Map<String, Object>> trend = TrendChart.model(text, shown);
        Map<String, Object> page = new LinkedHashMap<>(headers(text));
        page.put("newForms", forms ? InterviewForm.create(text, model.caseId(), model.team(), model.draft().orElseThrow(), model.workerAccount()) : List.of());
        page.put("prompts", forms ? PromptsView.model(text) : Map.of());
        page.put("csvUrl", view.exportUrl(model.caseId(), "interviews"));
        page.put("interviews", inFull.stream().map(stored -> interview(text, model.caseId(), stored, forms, List.of(),
                model.workerAccount())).toList());
        page.put("older", OlderRecords.model(view, path(model.caseId()), olderHeaders(text),
                older(text, view.interactive(), shown.subList(inFull.size(), shown.size())), model.interviews().next()));
        page.put("hasTrend", trend.isPresent());
        page.put("trend", trend.orElse(Map.of()));
        return view.render(TEMPLATE, page);
    }

    /** Compact rows of a further page, for "more" ({@code interview-older.vm}); always interactive. */
    public static String renderOlder(ViewContext view, Page<Stored<RetentionInterview>> page) {
        return view.render(OLDER_TEMPLATE, Map.of("older", OlderRecords.rows(older(view.text(), true, page.items()),
                page.next())));
    }

    /**
     * One interview opened on demand ({@code interview-opened.vm}): its record and, for those who may write
     * interviews, its edit form, opened; the guide is the page's one, beside every editor.
     */
    public static String renderOpened(ViewContext view, long caseId, Stored<RetentionInterview> stored, Team team,
                                      boolean mayEdit, boolean workerAccount) {
        ViewText text = view.text();
        Map<String, Object> page = new LinkedHashMap<>(headers(text));
        page.put("interview", interview(text, caseId, stored, false,
                mayEdit ? InterviewForm.edit(text, caseId, team, stored, workerAccount) : List.of(), workerAccount));
        return view.render(OPENED_TEMPLATE, page);
    }

    /** The older interviews as compact rows: no notes, no ratings; a button opens one where the viewer may. */
    private static List<Map<String, Object>> older(ViewText text, boolean opens, List<Stored<RetentionInterview>> older) {
        return older.stream().map(stored -> {
            RetentionInterview value = stored.value();
            return OlderRecords.row(text, path(stored.caseId()) + "/" + stored.id(),
                    text.message("jobcoach.web.interviews.of", text.day(value.date())), opens,
                    List.of(OlderRecords.cell(text.day(value.date())), OlderRecords.cell(String.valueOf(value.participants().size())),
                            OlderRecords.cell(text.label(value.status())), OlderRecords.cell(text.day(value.nextDate()))));
        }).toList();
    }

    private static List<String> olderHeaders(ViewText text) {
        return List.of(text.message("jobcoach.field.date"), text.message("jobcoach.web.interviews.participant-count"),
                text.message("jobcoach.web.interviews.status"), text.message("jobcoach.field.nextDate"));
    }

    /** The case's interviews in the REST API. */
    private static String path(long caseId) {
        return "/cases/" + caseId + "/interviews";
    }

    /** The column headers of the tables in each record. */
    private static Map<String, Object> headers(ViewText text) {
        return Map.of("ratingHeaders", List.of(text.message("jobcoach.web.interviews.item"), text.message("jobcoach.web.interviews.rating")),
                "actionHeaders", List.of(text.message("jobcoach.field.newActions.owner.userKey"), text.message("jobcoach.field.newActions.what"),
                        text.message("jobcoach.field.newActions.dueDate"), text.message("jobcoach.field.newActions.status")));
    }

    /**
     * One interview, for its row in the list and its record; {@code editForms} is empty where no one edits. A
     * record shown to a writer ({@code editable}, or with its edit form) gets a button that loads its editor, hidden
     * while the editor is there.
     */
    private static Map<String, Object> interview(ViewText text, long caseId, Stored<RetentionInterview> stored,
                                                 boolean editable, List<Map<String, Object>> editForms,
                                                 boolean workerAccount) {
        RetentionInterview value = stored.value();
        Map<String, Object> interview = new LinkedHashMap<>();
        interview.put("path", path(caseId) + "/" + stored.id());
        interview.put("opensEditor", editable || !editForms.isEmpty());
        interview.put("anchor", OlderRecords.anchor("interview", stored.id()));
        interview.put("title", text.message("jobcoach.web.interviews.of", text.day(value.date())));
        interview.put("status", status(text, value.status()));
        interview.put("participants", participants(text, value.participants()));
        interview.put("hasAbsentReason", value.workerAbsentReason() != null);
        interview.put("absentReason", orEmpty(value.workerAbsentReason()));
        interview.put("nextDate", text.day(value.nextDate()));
        interview.put("ratings", ratings(text, value));
        interview.put("notes", notes(text, value.notes(), workerAccount));
        interview.put("actionGroups", Stream.of(actions(text, "jobcoach.field.carriedActions", value.carriedActions()),
                actions(text, "jobcoach.field.newActions", value.newActions())).flatMap(Optional::stream).toList());
        interview.put("editForms", editForms);
        interview.put("opened", !editable && !editForms.isEmpty());
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

    /**
     * The coaches' notes; a reader who may not see them got blank notes from the service, and sees no headings; one
     * who may not see the worker's own account sees no headings of its parts.
     */
    private static List<Map<String, Object>> notes(ViewText text, InterviewNotes notes, boolean workerAccount) {
        if (notes.equals(InterviewNotes.blank())) {
            return List.of();
        }
        return InterviewForm.NOTES.entrySet().stream()
                .filter(note -> workerAccount || !InterviewForm.WORKER_ACCOUNT_NOTES.contains(note.getKey()))
                .map(note -> Map.<String, Object>of(
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
