package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.AgreementParty;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.service.PlanService;

/**
 * The plan as its form needs it: the current revision and its agreement status. Before the first draft only
 * {@code {"version": 0}}: the other members are absent, so {@code agreed} is a Boolean, not a boolean.
 */
public record PlanStatusRepresentation(int version, PlanRepresentation.Revision current,
                                       List<PlanRepresentation.AgreementGiven> agreements,
                                       Set<AgreementParty> missingParties, Set<AgreementParty> toAgreeAgain,
                                       Boolean agreed) {

    public static PlanStatusRepresentation from(Optional<SupportPlan> plan) {
        int version = PlanService.version(plan);
        return plan.map(existing -> new PlanStatusRepresentation(version,
                        PlanRepresentation.Revision.from(existing.current()),
                        Mapping.list(existing.currentAgreements(), PlanRepresentation.AgreementGiven::from),
                        existing.missingParties(), existing.partiesToAgreeAgain(), existing.isAgreed()))
                .orElseGet(() -> new PlanStatusRepresentation(version, null, null, null, null, null));
    }
}
