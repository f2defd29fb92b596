package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;

/**
 * A retention interview's value, as stored, as drafted and as sent. Its id and version are the stored record's
 * ({@link StoredRepresentation}), never repeated here; a request's interview is unsaved until the store names it.
 */
public record InterviewRepresentation(LocalDate date, List<Participant> participants, String workerAbsentReason,
                                      Ratings ratings, Notes notes, List<ActionRepresentation> carriedActions,
                                      List<ActionRepresentation> newActions, LocalDate nextDate,
                                      InterviewStatus status) {

    public static InterviewRepresentation from(RetentionInterview value) {
        return new InterviewRepresentation(value.date(), Mapping.list(value.participants(), Participant::from),
                value.workerAbsentReason(), new Ratings(value.ratings().ratings()), Notes.from(value.notes()),
                Mapping.list(value.carriedActions(), ActionRepresentation::from),
                Mapping.list(value.newActions(), ActionRepresentation::from), value.nextDate(), value.status());
    }

    public RetentionInterview toDomain() {
        return new RetentionInterview(null, 0, date, Mapping.list(participants, Participant::toDomain),
                workerAbsentReason, Mapping.nullable(ratings, Ratings::toDomain), Mapping.nullable(notes, Notes::toDomain),
                Mapping.list(carriedActions, ActionRepresentation::toDomain),
                Mapping.list(newActions, ActionRepresentation::toDomain), nextDate, status);
    }

    /** {@code {"person": {userKey, displayName}, "role"}}. */
    public record Participant(PersonRepresentation person, CaseRole role) {

        static Participant from(jp.jobcoach.workspace.domain.interview.Participant participant) {
            return new Participant(Mapping.nullable(participant.person(), PersonRepresentation::from), participant.role());
        }

        jp.jobcoach.workspace.domain.interview.Participant toDomain() {
            return new jp.jobcoach.workspace.domain.interview.Participant(
                    Mapping.nullable(person, PersonRepresentation::toPerson), role);
        }
    }

    /** {@code {"ratings": {"FATIGUE": 3}}}: health data, sent only to roles that see HEALTH. */
    public record Ratings(Map<ConditionItem, Integer> ratings) {

        ConditionRatings toDomain() {
            return new ConditionRatings(ratings);
        }
    }

    /** What was said, in the interview's own sections. */
    public record Notes(String workerAccount, String workStatus, String workVolume, String worries,
                        String companyObservations) {

        static Notes from(InterviewNotes notes) {
            return new Notes(notes.workerAccount(), notes.workStatus(), notes.workVolume(), notes.worries(),
                    notes.companyObservations());
        }

        InterviewNotes toDomain() {
            return new InterviewNotes(workerAccount, workStatus, workVolume, worries, companyObservations);
        }
    }
}
