package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.interview.ActionReview;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;

/** An action agreed at an interview, with how the interviews since have reviewed it. */
public record ActionRepresentation(String id, PersonRepresentation owner, String what, LocalDate dueDate,
                                   ActionStatus status, String progressNote, Long originInterviewId,
                                   List<Review> history) {

    static ActionRepresentation from(AgreedAction action) {
        return new ActionRepresentation(action.id(), Mapping.nullable(action.owner(), PersonRepresentation::from),
                action.what(), action.dueDate(), action.status(), action.progressNote(), action.originInterviewId(),
                Mapping.list(action.history(), Review::from));
    }

    AgreedAction toDomain() {
        return new AgreedAction(id, Mapping.nullable(owner, PersonRepresentation::toPerson), what, dueDate, status,
                progressNote, originInterviewId, Mapping.list(history, Review::toDomain));
    }

    /** {@code {"interviewId", "interviewDate", "outcome", "note"}}: one interview's look back at the action. */
    public record Review(long interviewId, LocalDate interviewDate, ActionStatus outcome, String note) {

        static Review from(ActionReview review) {
            return new Review(review.interviewId(), review.interviewDate(), review.outcome(), review.note());
        }

        ActionReview toDomain() {
            return new ActionReview(interviewId, interviewDate, outcome, note);
        }
    }
}
