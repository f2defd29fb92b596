package jp.jobcoach.workspace.web.rest.representation;

import java.util.Map;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;

/**
 * What a plan revision says, as stored and as sent; maps are keyed by enum name. {@code centerGoals} and the
 * timeline's {@code visits} are absent in revisions written before they existed.
 */
public record PlanContentRepresentation(String currentSituation, String direction, String workerGoals,
                                        String companyGoals, String centerGoals, String workerIssues,
                                        String companyIssues, Map<SupportType, String> plannedSupport,
                                        String cooperatingParties, Timeline timeline) {

    public static PlanContentRepresentation from(SupportPlanContent content) {
        return new PlanContentRepresentation(content.currentSituation(), content.direction(), content.workerGoals(),
                content.companyGoals(), content.centerGoals(), content.workerIssues(), content.companyIssues(),
                content.plannedSupport(), content.cooperatingParties(), Mapping.nullable(content.timeline(), Timeline::from));
    }

    public SupportPlanContent toDomain() {
        return new SupportPlanContent(currentSituation, direction, workerGoals, companyGoals, centerGoals, workerIssues,
                companyIssues, plannedSupport, cooperatingParties, Mapping.nullable(timeline, Timeline::toDomain));
    }

    /**
     * {@code {"phases": {"INTENSIVE": {start, end}}, "visits": {"INTENSIVE": {count, per}}}}: each phase's dates and
     * the center's visits planned in it; {@code visits} may be left out (none planned per phase).
     */
    public record Timeline(Map<PlanPhase, DateRangeRepresentation> phases,
                           Map<PlanPhase, CaseRepresentation.Frequency> visits) {

        static Timeline from(PlanTimeline timeline) {
            return new Timeline(Mapping.values(timeline.phases(), DateRangeRepresentation::from),
                    timeline.visits().isEmpty() ? null : Mapping.values(timeline.visits(), CaseRepresentation.Frequency::from));
        }

        PlanTimeline toDomain() {
            return new PlanTimeline(Mapping.values(phases, DateRangeRepresentation::toDomain),
                    visits == null ? Map.of() : Mapping.values(visits, CaseRepresentation.Frequency::toDomain));
        }
    }
}
