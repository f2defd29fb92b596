package jp.jobcoach.workspace.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one revision of a support plan (支援計画書) says. Every section is free text and may be blank while the
 * plan is a draft; the phase dates must make sense whenever they are given.
 *
 * @param plannedSupport what support is planned, per support type in use
 */
public record SupportPlanContent(String currentSituation, String direction,
                                 String workerGoals, String companyGoals,
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
        texts.put("workerIssues", workerIssues);
        texts.put("companyIssues", companyIssues);
        for (SupportType type : SupportType.values()) {
            texts.put("plannedSupport[" + type + "]", plannedSupport.get(type));
        }
        texts.put("cooperatingParties", cooperatingParties);
        return texts;
    }

    /** Everything a reader compares between revisions, as text: the sections, then each phase's dates. */
    public Map<String, String> comparableFields() {
        Map<String, String> fields = texts();
        timeline.planned().forEach(phase -> {
            DateRange dates = timeline.dates(phase).orElseThrow();
            fields.put("phases[" + phase + "]", dates.start() + "/" + dates.end());
        });
        return fields;
    }

    public List<FieldError> validate() {
        Check check = new Check();
        texts().forEach(check::longText);
        return check.nested("", timeline, PlanTimeline::validate).errors();
    }
}
