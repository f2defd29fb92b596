package jp.jobcoach.workspace.domain.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;

/**
 * A retention interview (定着面談): who met, how the worker says they are, how the work goes, what the company
 * sees, what came of last time's actions and what was agreed this time. In-company and center coaches both
 * edit it; {@code version} lets a stale save be refused instead of overwriting. Changes return a new value.
 *
 * @param id                 absent until stored
 * @param version            0 until stored; the store adds one on every save
 * @param workerAbsentReason why the worker was not there, when they were not
 * @param carriedActions     last time's open actions, brought along by {@link CarryOver}, each to be resolved
 * @param newActions         the actions agreed at this interview
 * @param nextDate           when the next interview is planned; absent when none is
 */
public record RetentionInterview(Long id, int version, LocalDate date, List<Participant> participants,
                                 String workerAbsentReason, ConditionRatings ratings, InterviewNotes notes,
                                 List<AgreedAction> carriedActions, List<AgreedAction> newActions,
                                 LocalDate nextDate, InterviewStatus status) {

    public static final int MAX_PARTICIPANTS = 20;
    public static final int MAX_NEW_ACTIONS = 20;

    /** {0} the field, {1} the most entries allowed. */
    public static final String TOO_MANY = "jobcoach.validation.interview.too-many";
    public static final String WORKER_ABSENT_REASON = "jobcoach.validation.interview.worker-absent-reason";
    public static final String NO_COACH = "jobcoach.validation.interview.no-coach";
    public static final String DUPLICATE_PARTICIPANT = "jobcoach.validation.interview.duplicate-participant";
    /** {0} the field, {1} what the action is (user text, to escape). */
    public static final String ACTION_UNRESOLVED = "jobcoach.validation.interview.action-unresolved";
    /** {0} the field, {1} what the continued action is (user text, to escape), {2} the interview's date. */
    public static final String CONTINUED_NEEDS_DATE = "jobcoach.validation.interview.continued-needs-date";
    /** {0} the field: an absence reason given although the worker took part. */
    public static final String PRESENT_AND_ABSENT = "jobcoach.validation.interview.present-and-absent";
    /** How far a continued action is moved when no next interview is planned (see {@link #proposedDueDate}). */
    public static final int CONTINUE_WEEKS = 2;
    /** {0} the field, {1} the action id that this interview does not hold (request text, to escape). */
    public static final String UNKNOWN_ACTION = "jobcoach.validation.interview.unknown-action";

    public RetentionInterview {
        participants = List.copyOf(participants);
        ratings = ratings == null ? ConditionRatings.none() : ratings;
        notes = notes == null ? InterviewNotes.blank() : notes;
        carriedActions = List.copyOf(carriedActions);
        newActions = List.copyOf(newActions);
        status = status == null ? InterviewStatus.DRAFT : status;
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
        Set<String> ids = new HashSet<>();
        Stream.concat(carriedActions.stream(), newActions.stream()).forEach(action -> {
            if (!ids.add(action.id())) {
                throw new IllegalArgumentException("action " + action.id() + " appears twice");
            }
        });
    }

    /** A first interview, or one with nothing to carry: a draft with its date and participants. */
    public static RetentionInterview draft(LocalDate date, List<Participant> participants) {
        return new RetentionInterview(null, 0, date, participants, null, ConditionRatings.none(),
                InterviewNotes.blank(), List.of(), List.of(), null, InterviewStatus.DRAFT);
    }

    public RetentionInterview withParticipants(List<Participant> newParticipants, String newWorkerAbsentReason) {
        return new RetentionInterview(id, version, date, newParticipants, newWorkerAbsentReason, ratings, notes,
                carriedActions, newActions, nextDate, status);
    }

    public RetentionInterview withRatings(ConditionRatings newRatings) {
        return new RetentionInterview(id, version, date, participants, workerAbsentReason, newRatings, notes,
                carriedActions, newActions, nextDate, status);
    }

    public RetentionInterview withNotes(InterviewNotes newNotes) {
        return new RetentionInterview(id, version, date, participants, workerAbsentReason, ratings, newNotes,
                carriedActions, newActions, nextDate, status);
    }

    public RetentionInterview withNewActions(List<AgreedAction> actions) {
        return new RetentionInterview(id, version, date, participants, workerAbsentReason, ratings, notes,
                carriedActions, actions, nextDate, status);
    }

    public RetentionInterview withNextDate(LocalDate next) {
        return new RetentionInterview(id, version, date, participants, workerAbsentReason, ratings, notes,
                carriedActions, newActions, next, status);
    }

    /** The interview as stored: its id and the version the store gave it. */
    public RetentionInterview stored(long storedId, int storedVersion) {
        return new RetentionInterview(storedId, storedVersion, date, participants, workerAbsentReason, ratings,
                notes, carriedActions, newActions, nextDate, status);
    }

    /**
     * The interview with carried action {@code actionId} resolved; see {@link AgreedAction#resolve}. An action
     * continued without a new due date whose old one is gone by this interview gets the {@link #proposedDueDate}.
     *
     * @throws ValidationException on {@code carriedActions} when this interview did not bring that action along
     */
    public RetentionInterview resolve(String actionId, ActionStatus outcome, String note, LocalDate newDueDate) {
        List<AgreedAction> resolved = new ArrayList<>(carriedActions);
        int index = indexOf(actionId);
        if (index < 0) {
            throw new ValidationException(new FieldError("carriedActions", UNKNOWN_ACTION, actionId));
        }
        AgreedAction action = carriedActions.get(index);
        boolean overdue = date != null && action.dueDate() != null && action.dueDate().isBefore(date);
        LocalDate due = outcome == ActionStatus.CONTINUED && newDueDate == null && overdue ? proposedDueDate() : newDueDate;
        resolved.set(index, action.resolve(outcome, note, due));
        return new RetentionInterview(id, version, date, participants, workerAbsentReason, ratings, notes,
                resolved, newActions, nextDate, status);
    }

    /**
     * The due date proposed for an action continued at this interview: the next interview when one is planned
     * (from this interview on), else {@link #CONTINUE_WEEKS} weeks after it. jobcoach-interviews.js proposes the
     * same in the form, where the coach can change it.
     */
    public LocalDate proposedDueDate() {
        return nextDate != null && !nextDate.isBefore(date) ? nextDate : date.plusWeeks(CONTINUE_WEEKS);
    }

    /** The carried actions not yet resolved; the interview cannot be final while there are any. */
    public List<AgreedAction> unresolved() {
        return carriedActions.stream().filter(action -> !action.isResolved()).toList();
    }

    /**
     * The interview made final.
     *
     * @throws ValidationException with every problem, among them {@link #ACTION_UNRESOLVED} for each carried
     *                             action not yet marked done, continued or dropped
     */
    public RetentionInterview markFinal() {
        RetentionInterview done = new RetentionInterview(id, version, date, participants, workerAbsentReason,
                ratings, notes, carriedActions, newActions, nextDate, InterviewStatus.FINAL);
        ValidationException.throwIfAny(done.validate());
        return done;
    }

    /** Whether {@code userKey} took part (a coach, the worker, the supervisor...). */
    public boolean hasParticipant(String userKey) {
        return participants.stream().anyMatch(participant -> participant.person() != null
                && participant.person().sameAccountAs(PersonRef.user(userKey)));
    }

    /**
     * Field names: {@code date}, {@code participants[i].person.userKey}, {@code participants[i].role},
     * {@code workerAbsentReason}, {@code ratings[ITEM]}, {@code notes.worries}, ...,
     * {@code carriedActions[i].status}, {@code newActions[i].what}, {@code newActions[i].dueDate},
     * {@code nextDate}.
     */
    public List<FieldError> validate() {
        Check check = new Check()
                .required("date", date)
                .failIf(participants.size() > MAX_PARTICIPANTS, "participants", TOO_MANY, MAX_PARTICIPANTS)
                .each("participants", participants, Participant::validate);
        checkParticipants(check);
        check.nested("ratings", ratings, ConditionRatings::validate)
                .nested("notes.", notes, InterviewNotes::validate)
                .each("carriedActions", carriedActions, AgreedAction::validate);
        for (int index = 0; index < carriedActions.size(); index++) {
            AgreedAction action = carriedActions.get(index);
            String field = "carriedActions[" + index + "].";
            check.failIf(action.status() == ActionStatus.CONTINUED && date != null && action.dueDate() != null
                    && action.dueDate().isBefore(date), field + "dueDate", CONTINUED_NEEDS_DATE, action.what(), date);
            check.failIf(status == InterviewStatus.FINAL && !action.isResolved(), field + "status",
                    ACTION_UNRESOLVED, action.what());
        }
        check.failIf(newActions.size() > MAX_NEW_ACTIONS, "newActions", TOO_MANY, MAX_NEW_ACTIONS)
                .each("newActions", newActions, AgreedAction::validate);
        for (int index = 0; index < newActions.size(); index++) {
            check.notBefore("newActions[" + index + "].dueDate", newActions.get(index).dueDate(), "date", date);
        }
        return check.after("nextDate", nextDate, "date", date).errors();
    }

    private void checkParticipants(Check check) {
        boolean workerThere = participants.stream().anyMatch(participant -> participant.role() == CaseRole.WORKER);
        boolean reasonGiven = workerAbsentReason != null && !workerAbsentReason.isBlank();
        check.failIf(!workerThere && !reasonGiven, "workerAbsentReason", WORKER_ABSENT_REASON)
                .failIf(workerThere && reasonGiven, "workerAbsentReason", PRESENT_AND_ABSENT)
                .maxLength("workerAbsentReason", workerAbsentReason, Check.NAME_MAX)
                .failIf(participants.stream().noneMatch(Participant::isCoach), "participants", NO_COACH);
        for (int index = 0; index < participants.size(); index++) {
            PersonRef person = participants.get(index).person();
            boolean seen = participants.subList(0, index).stream()
                    .anyMatch(earlier -> person != null && person.sameAccountAs(earlier.person()));
            check.failIf(seen, "participants[" + index + "].person.userKey", DUPLICATE_PARTICIPANT);
        }
    }

    private int indexOf(String actionId) {
        for (int index = 0; index < carriedActions.size(); index++) {
            if (carriedActions.get(index).id().equals(actionId)) {
                return index;
            }
        }
        return -1;
    }
}
