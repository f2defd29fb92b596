package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.service.WorkerCopy;

/**
 * {@code GET /cases/{id}/my-data}: the worker's own copy of everything the plugin holds about them, each part in the
 * shape its own resource answers (the case, its phase moves, the team by name, the plan with every revision and
 * agreement, accommodations, interviews and visits newest first, the case's audit log newest first, the
 * worker's consents as given and revoked, the task analyses with every session, and every week of the workload
 * with its plan, actuals and tasks, oldest first).
 */
public record WorkerCopyRepresentation(Instant madeAt, StoredRepresentation<CaseRepresentation> supportCase,
                                       List<CaseDetailRepresentation.PhaseMove> phaseChanges, List<Member> team,
                                       PlanRepresentation plan,
                                       List<StoredRepresentation<AccommodationRepresentation>> accommodations,
                                       List<StoredRepresentation<InterviewRepresentation>> interviews,
                                       List<StoredRepresentation<VisitRepresentation>> visits,
                                       List<AuditPageRepresentation.Entry> audit,
                                       List<ConsentRepresentation> consents,
                                       List<StoredRepresentation<PlannedVisitRepresentation>> plannedVisits,
                                       List<TaskSheetRepresentation> taskAnalyses,
                                       List<StoredRepresentation<WorkWeekRepresentation>> workload) {

    /** @param nameOf the display name of a user key, so that the copy reads by name */
    public static WorkerCopyRepresentation from(WorkerCopy copy, Function<String, String> nameOf) {
        return new WorkerCopyRepresentation(copy.madeAt(), StoredRepresentation.of(copy.supportCase(), CaseRepresentation::from),
                Mapping.list(copy.phaseChanges(), CaseDetailRepresentation.PhaseMove::from),
                Mapping.list(copy.team().members(), member -> new Member(member.userKey(), nameOf.apply(member.userKey()),
                        member.role(), member.slot())),
                copy.plan().map(PlanRepresentation::from).orElse(null),
                StoredRepresentation.all(copy.accommodations(), AccommodationRepresentation::from),
                StoredRepresentation.all(copy.interviews(), InterviewRepresentation::from),
                StoredRepresentation.all(copy.visits(), VisitRepresentation::from),
                AuditPageRepresentation.entries(copy.audit(), nameOf),
                Mapping.list(copy.consents().consents(), stored -> ConsentRepresentation.from(stored.value())),
                StoredRepresentation.all(copy.plannedVisits(), PlannedVisitRepresentation::from),
                Mapping.list(copy.taskAnalyses(), sheet -> TaskSheetRepresentation.from(sheet, true)),
                StoredRepresentation.all(copy.workload(), WorkWeekRepresentation::from));
    }

    /** A member of the case's team by key and name. */
    public record Member(String userKey, String displayName, CaseRole role, CenterCoachSlot slot) {
    }
}
