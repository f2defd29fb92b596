package jp.jobcoach.workspace.domain.interview;

import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * The free-text parts of a retention interview, kept as typed.
 *
 * @param workerAccount        the worker's own account of their condition, in their words
 * @param workStatus           how the work is going
 * @param workVolume           how much work there is, against what the accommodations allow
 * @param worries              what the worker is worried about
 * @param companyObservations  what the boss and colleagues have noticed
 */
public record InterviewNotes(String workerAccount, String workStatus, String workVolume, String worries,
                             String companyObservations) {

    public static InterviewNotes blank() {
        return new InterviewNotes(null, null, null, null, null);
    }

    /**
     * These notes with the worker's own parts (their account of their condition and their worries: health
     * information) taken from {@code other}: what a reader who may not see them gets (blank), and what a writer
     * who may not see them leaves as stored.
     */
    public InterviewNotes withWorkerAccountOf(InterviewNotes other) {
        return new InterviewNotes(other.workerAccount, workStatus, workVolume, other.worries, companyObservations);
    }

    /** Field names: the component names. */
    public List<FieldError> validate() {
        return new Check()
                .longText("workerAccount", workerAccount)
                .longText("workStatus", workStatus)
                .longText("workVolume", workVolume)
                .longText("worries", worries)
                .longText("companyObservations", companyObservations)
                .errors();
    }
}
