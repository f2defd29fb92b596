package jp.jobcoach.workspace.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one revision of a support plan (支援計画書) says. Every section is free text and may be blank while the
 * plan is a draft; the phase dates and their visits must make sense whenever they are given. Revisions written
 * before a section existed read it as blank ({@code centerGoals}: the center's own goals, added for the printed plan).
 *
 * @param centerGoals    what the center's coaches set out to achieve with both sides (their part of the goals)
 * @param plannedSupport what support is planned, per support type in use
 */
public record SupportPlanContent(String currentSituation, String direction,
                                 String workerGoals, String companyGoals, String centerGoals,
                                 String workerIssues, String companyIssues,
                                 Map<SupportType, String> plannedSupport, String cooperatingParties,
                                 PlanTimeline timeline) {

    public SupportPlanContent {
        plannedSupport = Map.copyOf(plannedSupport);
    }

    /**
     * The text sections by field name, in the order the plan shows them. Every support type has its entry
     * ({@code null} when not planned), so that two revisions list the same fields in the same order.
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("currentSituation", currentSituation);
        texts.put("direction", direction);
        texts.put("workerGoals", workerGoals);
        texts.put("companyGoals", companyGoals);
        texts.put("centerGoals", centerGoals);
        texts.put("workerIssues", workerIssues);
        texts.put("companyIssues", companyIssues);
        for (SupportType type : SupportType.values()) {
            texts.put("plannedSupport[" + type + "]", plannedSupport.get(type));
        }
        texts.put("cooperatingParties", cooperatingParties);
        return texts;
    }

    /**
     * Everything a reader compares between revisions, as text: the sections, then each phase's dates, then each
     * phase's planned visits ({@code 3/WEEK}).
     */
    public Map<String, String> comparableFields() {
        Map<String, String> fields = texts();
        timeline.planned().forEach(phase -> {
            DateRange dates = timeline.dates(phase).orElseThrow();
            fields.put("phases[" + phase + "]", dates.start() + "/" + dates.end());
        });
        for (PlanPhase phase : PlanPhase.values()) {
            timeline.visits(phase).ifPresent(visits -> fields.put("visits[" + phase + "]", visits.count() + "/" + visits.per()));
        }
        return fields;
    }

    public List<FieldError> validate() {
        Check check = new Check();
        texts().forEach(check::longText);
        return check.nested("", timeline, PlanTimeline::validate).errors();
    }
}
