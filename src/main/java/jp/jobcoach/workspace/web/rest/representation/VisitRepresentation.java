package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;

/** A visit record's value, as stored and as sent. */
public record VisitRepresentation(LocalDate date, List<String> coachKeys, VisitKind kind, String observations,
                                  String adviceToWorker, String adviceToCompany, String nextSteps,
                                  String handOver) {

    public static VisitRepresentation from(VisitRecord visit) {
        return new VisitRepresentation(visit.date(), visit.coachKeys(), visit.kind(), visit.observations(),
                visit.adviceToWorker(), visit.adviceToCompany(), visit.nextSteps(), visit.handOver());
    }

    public VisitRecord toDomain() {
        return new VisitRecord(date, coachKeys, kind, observations, adviceToWorker, adviceToCompany, nextSteps, handOver);
    }
}
