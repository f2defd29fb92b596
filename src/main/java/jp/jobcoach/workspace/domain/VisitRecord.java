package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A center coach's record of one visit (支援記録). Written so that the other coach of the pair can pick up
 * from it: what was seen, what each side was advised, what comes next.
 *
 * @param coachKeys      the coach or pair of coaches who visited
 * @param adviceToWorker self-care advice (セルフケア)
 * @param adviceToCompany line-care advice (ラインケア)
 * @param handOver       what the partner coach must know before the next visit (引き継ぎ事項); the visits page and
 *                       the case panel show the latest one to the coach who visits next
 */
public record VisitRecord(LocalDate date, List<String> coachKeys, VisitKind kind, String observations,
                          String adviceToWorker, String adviceToCompany, String nextSteps, String handOver) {

    /** Coaches normally alternate; at most the pair visits together. */
    public static final int MAX_COACHES = 2;
    public static final String COACH_COUNT = "jobcoach.validation.visit.coach-count";
    public static final String SAME_COACH_TWICE = "jobcoach.validation.visit.same-coach-twice";
    /** The message of the refusal (403) when someone else would change or delete the record. */
    public static final String AUTHORS_ONLY = "jobcoach.rest.forbidden.visit-authors";

    public VisitRecord {
        coachKeys = List.copyOf(coachKeys);
        // a blank hand-over is none: "the latest hand-over" reads rows where one was written
        handOver = handOver == null || handOver.isBlank() ? null : handOver;
    }

    /** A visit without a hand-over (as every visit recorded before the field existed). */
    public VisitRecord(LocalDate date, List<String> coachKeys, VisitKind kind, String observations,
                       String adviceToWorker, String adviceToCompany, String nextSteps) {
        this(date, coachKeys, kind, observations, adviceToWorker, adviceToCompany, nextSteps, null);
    }

    /** Whether the visit leaves the partner something to pick up. */
    public boolean handsOver() {
        return handOver != null;
    }

    /**
     * Whether a person with {@code roles} may change or delete this record once written: its authors, the coaches who
     * made the visit (while their role writes visits), and a counselor, who answers for the case's records. An
     * in-company coach or the partner coach who was not there cannot rewrite someone else's account of a visit.
     */
    public boolean changeableBy(String userKey, Set<CaseRole> roles) {
        return roles.contains(CaseRole.COUNSELOR)
                || coachKeys.contains(userKey) && RoleMatrix.allows(roles, DataCategory.VISITS, Access.EDIT);
    }

    /** Field names: {@code date}, {@code coachKeys}, {@code kind}, {@code observations}, ... */
    public List<FieldError> validate() {
        return new Check()
                .required("date", date)
                .failIf(coachKeys.isEmpty() || coachKeys.size() > MAX_COACHES, "coachKeys", COACH_COUNT, MAX_COACHES)
                .failIf(coachKeys.stream().anyMatch(String::isBlank), "coachKeys", Check.REQUIRED)
                .failIf(new HashSet<>(coachKeys).size() < coachKeys.size(), "coachKeys", SAME_COACH_TWICE)
                .required("kind", kind)
                .longText("observations", observations)
                .longText("adviceToWorker", adviceToWorker)
                .longText("adviceToCompany", adviceToCompany)
                .longText("nextSteps", nextSteps)
                .longText("handOver", handOver)
                .errors();
    }
}
