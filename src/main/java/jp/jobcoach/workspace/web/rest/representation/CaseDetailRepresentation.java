package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.service.GuardedCase;

/** {@code GET /cases/{id}}: the stored case, the caller's roles on it and how it moved through its phases. */
public record CaseDetailRepresentation(long id, long caseId, int version, CaseRepresentation value,
                                       Set<CaseRole> roles, List<PhaseMove> phaseHistory) {

    public static CaseDetailRepresentation from(GuardedCase on, List<PhaseChange> history) {
        return from(on.stored(), on.actorRoles(), history);
    }

    /** The case as stored, with the roles the caller holds on it. */
    public static CaseDetailRepresentation from(Stored<SupportCase> storedCase, Set<CaseRole> roles, List<PhaseChange> history) {
        StoredRepresentation<CaseRepresentation> stored = StoredRepresentation.of(storedCase, CaseRepresentation::from);
        return new CaseDetailRepresentation(stored.id(), stored.caseId(), stored.version(), stored.value(),
                roles, Mapping.list(history, PhaseMove::from));
    }

    /** {@code {"from", "to", "byUserKey", "at"}}. */
    public record PhaseMove(CasePhase from, CasePhase to, String byUserKey, Instant at) {

        public static PhaseMove from(PhaseChange change) {
            return new PhaseMove(change.from(), change.to(), change.byUserKey(), change.at());
        }
    }
}
