package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionScale;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The models of the create and edit forms of a retention interview, which {@code templates/jobcoach/interviews.vm}
 * renders with the interview guide beside them ({@code #jcForm}, see {@link Form}). Names are dotted
 * paths into the request body; numbered groups ({@code interview.newActions.0.what}) become arrays in
 * jobcoach-interviews.js, which also leaves out unfilled rows. Field names ({@code data-field}) are the
 * server's, so each error lands beside its input.
 */
final class InterviewForm {
    /** The free-text notes in the order the form and the record show them. */
    static final Map<String, Function<InterviewNotes, String>> NOTES = notes();
    /** The notes that are the worker's own account: health information, left out for those who may not see it. */
    static final Set<String> WORKER_ACCOUNT_NOTES = Set.of("workerAccount", "worries");
    /** The new actions' rows ({@code data-jobcoach-item}), which jobcoach-interviews.js adds, removes and renumbers. */
    static final String NEW_ACTIONS = "interview.newActions";

    private InterviewForm() {
    }

    private static Map<String, Function<InterviewNotes, String>> notes() {
        Map<String, Function<InterviewNotes, String>> notes = new LinkedHashMap<>();
        notes.put("workerAccount", InterviewNotes::workerAccount);
        notes.put("workStatus", InterviewNotes::workStatus);
        notes.put("workVolume", InterviewNotes::workVolume);
        notes.put("worries", InterviewNotes::worries);
        notes.put("companyObservations", InterviewNotes::companyObservations);
        return notes;
    }

    /**
     * A new interview, from the server's carry-over draft: the forms of its editor (one). Without
     * {@code workerAccount} the ratings and the worker's own notes are left out (the server keeps them as stored).
     */
    static List<Map<String, Object>> create(ViewText text, long caseId, Team team, RetentionInterview draft,
                                            boolean workerAccount) {
        Form form = new Form("jobcoach-interview-" + caseId + "-new", "POST", "/cases/" + caseId + "/interviews")
                .record("").message("saved", savedMessage(text));
        fields(text, form, team, draft, workerAccount, "/cases/" + caseId + "/interviews");
        return List.of(form.render(text.message("jobcoach.web.interviews.new"), text.message("jobcoach.web.save")));
    }

    /**
     * A stored interview: the edit form, where a save over a newer version gets the conflict with both texts, and
     * while it is a draft the one-click form that makes it final.
     */
    static List<Map<String, Object>> edit(ViewText text, long caseId, Team team, Stored<RetentionInterview> stored,
                                          boolean workerAccount) {
        String path = "/cases/" + caseId + "/interviews/" + stored.id();
        String saved = savedMessage(text);
        Form form = new Form("jobcoach-interview-" + caseId + "-" + stored.id(), "PUT", path).conflict("value", "version")
                .record(path).message("saved", saved).hidden("version", String.valueOf(stored.version()), "int");
        fields(text, form, team, stored.value(), workerAccount, null);
        List<Map<String, Object>> forms = new ArrayList<>(List.of(form.render(text.message("jobcoach.web.edit"), text.message("jobcoach.web.save"))));
        if (stored.value().status() != InterviewStatus.FINAL) {
            forms.add(new Form("jobcoach-interview-final-" + stored.id(), "POST", path + "/final")
                    .record(path).message("saved", saved).hidden("version", String.valueOf(stored.version()), "int")
                    .render(null, text.message("jobcoach.web.interviews.make-final")));
        }
        return List.copyOf(forms);
    }

    /** The confirmation after a save; jobcoach.js fills {0} with the saved record's title (its date may have changed). */
    private static String savedMessage(ViewText text) {
        return text.message("jobcoach.web.interviews.saved", "{0}");
    }

    /** {@code 3: Quite tired}; an off-scale rating (never stored valid) shows as its number. */
    static String ratingLabel(ViewText text, ConditionItem item, int rating) {
        return ConditionScale.isOnScale(rating) ? rating + ": " + text.message(item.scale().pointKey(rating)) : String.valueOf(rating);
    }

    /**
     * The form's fields; a new interview's form ({@code interviewsPath} given) also has the button that opens the draft
     * already on its date when the server refuses a second one (jobcoach.js gives it the draft's path from the error's
     * {@code recordId}; hidden until then).
     */
    private static void fields(ViewText text, Form form, Team team, RetentionInterview value, boolean workerAccount,
                               String interviewsPath) {
        form.input("interview.date", "date", text.field("date"), "date", day(value.date()));
        if (interviewsPath != null) {
            form.button("jobcoach-record-open jobcoach-existing-record", text.message("jobcoach.web.interviews.open-draft"),
                    Map.of("open-base", interviewsPath));
        }
        participants(text, form, team, value.participants());
        // jobcoach-interviews.js turns the reason off while the worker is marked as taking part (the server refuses both)
        form.input("interview.workerAbsentReason", "workerAbsentReason", text.field("workerAbsentReason"), "text",
                orEmpty(value.workerAbsentReason()))
                .note("jobcoach-hint", List.of(Form.ours(text.message("jobcoach.web.interviews.absent-reason-hint"))));
        if (workerAccount) {
            ratings(text, form, value);
        }
        NOTES.forEach((field, read) -> {
            if (workerAccount || !WORKER_ACCOUNT_NOTES.contains(field)) {
                form.textarea("interview.notes." + field, "notes." + field, text.field("notes." + field),
                        orEmpty(read.apply(value.notes())));
            }
        });
        carried(text, form, value.carriedActions());
        agreed(text, form, team, value.newActions());
        form.input("interview.nextDate", "nextDate", text.field("nextDate"), "date", day(value.nextDate()))
                .note("jobcoach-hint", List.of(Form.ours(text.message("jobcoach.web.record.keys"))));
    }

    /** One row per person: took part, and in which of their roles; "did not take part" leaves the row out. */
    private static void participants(ViewText text, Form form, Team team, List<Participant> current) {
        form.heading(text.message("jobcoach.field.participants"));
        Set<String> keys = new LinkedHashSet<>();
        team.members().forEach(member -> keys.add(member.userKey()));
        List<Participant> named = new ArrayList<>();
        current.forEach(participant -> {
            if (participant.person().hasAccount()) {
                keys.add(participant.person().userKey());
            } else {
                named.add(participant);
            }
        });
        int index = 0;
        for (String key : keys) {
            Optional<CaseRole> took = current.stream().filter(p -> p.person().sameAccountAs(PersonRef.user(key)))
                    .map(Participant::role).findFirst();
            Set<CaseRole> roles = new LinkedHashSet<>(team.rolesOf(key));
            took.ifPresent(roles::add);
            participant(text, form, index++, "person.userKey", key, text.person(key), roles, took);
        }
        for (Participant participant : named) {
            participant(text, form, index++, "person.displayName", participant.person().displayName(),
                    participant.person().displayName(), Set.of(participant.role()), Optional.of(participant.role()));
        }
    }

    private static void participant(ViewText text, Form form, int index, String personField, String person,
                                    String nameText, Set<CaseRole> roles, Optional<CaseRole> took) {
        String prefix = "interview.participants." + index + ".";
        List<Form.Option> options = new ArrayList<>(List.of(new Form.Option("", text.message("jobcoach.web.interviews.absent"))));
        roles.forEach(role -> options.add(new Form.Option(role.name(), text.label(role))));
        form.hidden(prefix + personField, person, "text")
                .select(prefix + "role", "participants[" + index + "].role", nameText, options,
                        took.map(CaseRole::name).orElse(""));
    }

    private static void ratings(ViewText text, Form form, RetentionInterview value) {
        form.heading(text.message("jobcoach.field.ratings"));
        for (ConditionItem item : ConditionItem.INTERVIEW_ITEMS) {
            List<Form.Option> options = new ArrayList<>(List.of(new Form.Option("", text.message("jobcoach.web.interviews.not-rated"))));
            for (int rating = ConditionScale.MIN; rating <= ConditionScale.MAX; rating++) {
                options.add(new Form.Option(String.valueOf(rating), ratingLabel(text, item, rating)));
            }
            String selected = value.ratings().rating(item).stream().mapToObj(String::valueOf).findFirst().orElse("");
            form.select("interview.ratings.ratings." + item.name(), "ratings[" + item.name() + "]", text.label(item),
                    options, selected);
        }
    }

    /** Last time's open actions: each shown, then its outcome, what was said, and a new due date if continued. */
    private static void carried(ViewText text, Form form, List<AgreedAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        form.heading(text.message("jobcoach.field.carriedActions"));
        List<Form.Option> outcomes = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            outcomes.add(new Form.Option(status.name(), status == ActionStatus.OPEN
                    ? text.message("jobcoach.web.interviews.undecided") : text.label(status)));
        }
        for (int i = 0; i < actions.size(); i++) {
            AgreedAction action = actions.get(i);
            String prefix = "interview.carriedActions." + i + ".";
            String field = "carriedActions[" + i + "].";
            form.note("jobcoach-carried", List.of(Form.typed(action.what()), Form.ours(" — "),
                            Form.typed(InterviewsView.name(text, action.owner())), Form.ours(" " + text.day(action.dueDate()))))
                    .hidden(prefix + "id", action.id(), "text")
                    .select(prefix + "status", field + "status", text.field("carriedActions.status"), outcomes,
                            action.status() == null ? "OPEN" : action.status().name())
                    .input(prefix + "progressNote", field + "progressNote", text.field("carriedActions.progressNote"), "text",
                            orEmpty(action.progressNote()))
                    .input(prefix + "dueDate", field + "dueDate", text.message("jobcoach.web.interviews.continued-until"), "date",
                            day(action.dueDate()));
        }
    }

    /**
     * The actions agreed at this interview, each a row with a button that removes it, then a blank row and a
     * button that adds more (as many as {@link RetentionInterview#MAX_NEW_ACTIONS}): jobcoach-interviews.js copies
     * the blank row and numbers the rows again. Unfilled rows are not sent.
     */
    private static void agreed(ViewText text, Form form, Team team, List<AgreedAction> actions) {
        form.heading(text.message("jobcoach.field.newActions"));
        List<Form.Option> people = new ArrayList<>(List.of(new Form.Option("", "—")));
        team.members().stream().map(TeamMember::userKey).distinct()
                .forEach(key -> people.add(new Form.Option(key, text.person(key))));
        for (int i = 0; i <= actions.size(); i++) {
            AgreedAction action = i < actions.size() ? actions.get(i) : null;
            String prefix = NEW_ACTIONS + "." + i + ".";
            String field = "newActions[" + i + "].";
            form.item(NEW_ACTIONS, text.message("jobcoach.web.interviews.action-number", i + 1), null, false, row -> {
                if (action != null) {
                    row.hidden(prefix + "id", action.id(), "text").hidden(prefix + "status", action.status().name(), "text");
                }
                row.select(prefix + "owner.userKey", field + "owner.displayName", text.field("newActions.owner.userKey"),
                                people, action == null || action.owner() == null ? "" : orEmpty(action.owner().userKey()))
                        .input(prefix + "what", field + "what", text.field("newActions.what"), "text", action == null ? "" : action.what())
                        .input(prefix + "dueDate", field + "dueDate", text.field("newActions.dueDate"), "date",
                                action == null ? "" : day(action.dueDate()))
                        .button("jobcoach-row-remove", text.message("jobcoach.web.interviews.remove-action"), Map.of());
            });
        }
        // {0} stays in the legend's pattern for the script to fill
        form.button("jobcoach-row-add", text.message("jobcoach.web.interviews.add-action"), Map.of(
                "legend", text.message("jobcoach.web.interviews.action-number", "{0}"),
                "max", String.valueOf(RetentionInterview.MAX_NEW_ACTIONS)));
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A view model holds no nulls: an absent text is empty. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
