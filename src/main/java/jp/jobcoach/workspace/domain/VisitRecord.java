package jp.jobcoach.workspace.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * A center coach's record of one visit (支援記録). Written so that the other coach of the pair can pick up
 * from it: what was seen, what each side was advised, what comes next.
 *
 * @param coachKeys      the coach or pair of coaches who visited
 * @param adviceToWorker self-care advice (セルフケア)
 * @param adviceToCompany line-care advice (ラインケア)
 */
public record VisitRecord(LocalDate date, List<String> coachKeys, VisitKind kind, String observations,
                          String adviceToWorker, String adviceToCompany, String nextSteps) {

    /** Coaches normally alternate; at most the pair visits together. */
    public static final int MAX_COACHES = 2;
    public static final String COACH_COUNT = "jobcoach.validation.visit.coach-count";
    public static final String SAME_COACH_TWICE = "jobcoach.validation.visit.same-coach-twice";

    public VisitRecord {
        coachKeys = List.copyOf(coachKeys);
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
                .errors();
    }
}
