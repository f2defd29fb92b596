package jp.jobcoach.workspace.web.rest.representation;

import java.util.Map;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;

/** What a plan revision says, as stored and as sent; maps are keyed by enum name. */
public record PlanContentRepresentation(String currentSituation, String direction, String workerGoals,
                                        String companyGoals, String workerIssues, String companyIssues,
                                        Map<SupportType, String> plannedSupport, String cooperatingParties,
                                        Timeline timeline) {

    public static PlanContentRepresentation from(SupportPlanContent content) {
        return new PlanContentRepresentation(content.currentSituation(), content.direction(), content.workerGoals(),
                content.companyGoals(), content.workerIssues(), content.companyIssues(), content.plannedSupport(),
                content.cooperatingParties(), Mapping.nullable(content.timeline(), Timeline::from));
    }

    public SupportPlanContent toDomain() {
        return new SupportPlanContent(currentSituation, direction, workerGoals, companyGoals, workerIssues,
                companyIssues, plannedSupport, cooperatingParties, Mapping.nullable(timeline, Timeline::toDomain));
    }

    /** {@code {"phases": {"INTENSIVE": {start, end}}}}. */
    public record Timeline(Map<PlanPhase, DateRangeRepresentation> phases) {

        static Timeline from(PlanTimeline timeline) {
            return new Timeline(Mapping.values(timeline.phases(), DateRangeRepresentation::from));
        }

        PlanTimeline toDomain() {
            return new PlanTimeline(Mapping.values(phases, DateRangeRepresentation::toDomain));
        }
    }
}
