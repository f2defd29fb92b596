package jp.jobcoach.workspace.domain.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * Something agreed at a retention interview: who does what, by when. The action keeps its identity, the
 * interview that agreed it and every later review while it is carried from interview to interview.
 *
 * @param id                stable across interviews; made by the service when the action is agreed
 * @param owner             who does it: a user, or a name for someone without an account
 * @param dueDate           by when; absent for "by the next interview"
 * @param status            {@link ActionStatus#OPEN} when agreed; in a later interview, its resolution there
 * @param progressNote      what was said about it at the interview that is looking back at it
 * @param originInterviewId the interview that agreed it; absent while that interview is not stored yet
 * @param history           the reviews at earlier interviews, oldest first
 */
public record AgreedAction(String id, PersonRef owner, String what, LocalDate dueDate, ActionStatus status,
                           String progressNote, Long originInterviewId, List<ActionReview> history) {

    public AgreedAction {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an agreed action needs an id");
        }
        history = List.copyOf(history);
    }

    /** A newly agreed action, open. */
    public static AgreedAction agree(String id, PersonRef owner, String what, LocalDate dueDate) {
        return new AgreedAction(id, owner, what, dueDate, ActionStatus.OPEN, null, null, List.of());
    }

    public boolean isResolved() {
        return status != null && status.isResolution();
    }

    /**
     * This action as resolved at an interview: its outcome, what was said and, for a continued action, the
     * due date it now has (absent keeps the old one). {@link ActionStatus#OPEN} undoes a resolution.
     */
    public AgreedAction resolve(ActionStatus outcome, String note, LocalDate newDueDate) {
        LocalDate due = newDueDate != null ? newDueDate : dueDate;
        return new AgreedAction(id, owner, what, due, outcome, note, originInterviewId, history);
    }

    /**
     * The action as the next interview opens with it: open again, its origin filled in, and the review of
     * {@code reviewedIn} added to its history when that interview looked back at it ({@code reviewed}).
     */
    AgreedAction carriedFrom(long interviewId, LocalDate interviewDate, boolean reviewed) {
        List<ActionReview> longer = new ArrayList<>(history);
        if (reviewed && isResolved()) {
            longer.add(new ActionReview(interviewId, interviewDate, status, progressNote));
        }
        Long origin = originInterviewId != null ? originInterviewId : interviewId;
        return new AgreedAction(id, owner, what, dueDate, ActionStatus.OPEN, null, origin, longer);
    }

    /**
     * Field names: {@code owner.userKey}, {@code owner.displayName}, {@code what}, {@code status},
     * {@code progressNote}. Dates are checked by the interview, which knows its own date.
     */
    public List<FieldError> validate() {
        return new Check()
                .failIf(owner == null, "owner.displayName", Check.REQUIRED)
                .nested("owner.", owner, PersonRef::validate)
                .name("what", what)
                .required("status", status)
                .longText("progressNote", progressNote)
                .errors();
    }
}
