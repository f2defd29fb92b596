package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SupportPlanContentTest {

    static SupportPlanContent sample() {
        return new SupportPlanContent(
                "復職して1か月。午後に疲れが出やすい。", "セルフケアと職場の受け入れ体制づくりを並行して進める。",
                "疲れのサインに気づき、早めに相談できる。", "無理のない業務の割り振りができる。", "3か月で社内の支援体制に引き継ぐ。",
                "仕事を抱え込みやすい。", "指示が口頭だけになりがち。",
                Map.of(SupportType.JOINT, "企業内ジョブコーチと定着面談を月2回行う。"),
                "主治医、産業医", PlanTimelineTest.SIX_MONTHS);
    }

    static SupportPlanContent withWorkerGoals(SupportPlanContent content, String workerGoals) {
        return new SupportPlanContent(content.currentSituation(), content.direction(), workerGoals,
                content.companyGoals(), content.centerGoals(), content.workerIssues(), content.companyIssues(), content.plannedSupport(),
                content.cooperatingParties(), content.timeline());
    }

    @Test
    public void aDraftMayLeaveSectionsBlank() {
        SupportPlanContent draft = new SupportPlanContent(null, null, null, null, null, null, null, Map.of(), null,
                PlanTimeline.empty());
        assertEquals(List.of(), draft.validate());
        assertEquals(List.of(), sample().validate());
    }

    @Test
    public void sectionsAreListedInTheOrderThePlanShowsThem() {
        assertEquals(List.of("currentSituation", "direction", "workerGoals", "companyGoals", "centerGoals",
                        "workerIssues", "companyIssues", "plannedSupport[CONSULTATION]", "plannedSupport[JOB_PERFORMANCE]",
                        "plannedSupport[JOINT]", "cooperatingParties"),
                List.copyOf(sample().texts().keySet()));
    }

    @Test
    public void everySectionIsBounded() {
        String tooLong = "x".repeat(Check.LONG_TEXT_MAX + 1);
        assertHasError(withWorkerGoals(sample(), tooLong).validate(), "workerGoals", Check.TOO_LONG);
    }

    @Test
    public void phaseDatesAreChecked() {
        SupportPlanContent content = sample();
        PlanTimeline overlapping = content.timeline()
                .with(PlanPhase.FOLLOW_UP, java.time.LocalDate.of(2025, 8, 1), java.time.LocalDate.of(2025, 9, 30));
        SupportPlanContent broken = new SupportPlanContent(null, null, null, null, null, null, null, Map.of(), null, overlapping);
        assertHasError(broken.validate(), "phases[FOLLOW_UP].start", PlanTimeline.PHASE_OVERLAP);
    }

    @Test
    public void phaseDatesAreComparedAsText() {
        assertEquals("2025-04-01/2025-05-31", sample().comparableFields().get("phases[INTENSIVE]"));
    }

    /**
     * Visits are planned per phase, fading from one to the next; a phase's visits need its dates and a count the unit
     * allows, and a revision compares them as text beside the phase dates.
     */
    @Test
    public void visitsPerPhaseNeedTheirPhaseAndARealCount() {
        PlanTimeline fading = PlanTimelineTest.SIX_MONTHS.withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(3))
                .withVisits(PlanPhase.TRANSITION, VisitFrequency.perMonth(2));
        SupportPlanContent planned = new SupportPlanContent(null, null, null, null, "センターの目標", null, null, Map.of(), null, fading);
        assertEquals(List.of(), planned.validate());
        assertEquals("3/WEEK", planned.comparableFields().get("visits[INTENSIVE]"));
        assertEquals("2/MONTH", planned.comparableFields().get("visits[TRANSITION]"));
        assertEquals("センターの目標", planned.texts().get("centerGoals"));

        PlanTimeline noDates = PlanTimeline.empty().withVisits(PlanPhase.FOLLOW_UP, VisitFrequency.perMonth(1));
        assertHasError(new SupportPlanContent(null, null, null, null, null, null, null, Map.of(), null, noDates).validate(),
                "visits[FOLLOW_UP].count", PlanTimeline.VISITS_WITHOUT_DATES);
        PlanTimeline tooMany = PlanTimelineTest.SIX_MONTHS.withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(8));
        assertHasError(new SupportPlanContent(null, null, null, null, null, null, null, Map.of(), null, tooMany).validate(),
                "visits[INTENSIVE].count", Check.OUT_OF_RANGE);
        PlanTimeline noUnit = PlanTimelineTest.SIX_MONTHS.withVisits(PlanPhase.INTENSIVE, new VisitFrequency(2, null));
        assertHasError(new SupportPlanContent(null, null, null, null, null, null, null, Map.of(), null, noUnit).validate(),
                "visits[INTENSIVE].per", Check.REQUIRED);
    }
}
