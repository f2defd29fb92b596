package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.domain.interview.ActionReview;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;

/**
 * One fully filled domain value of each kind the REST API carries: every component set, so that every member
 * of its representation appears in the pinned shape.
 */
final class RestExamples {
    static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private RestExamples() {
    }

    static SupportCase supportCase() {
        return new SupportCase(new WorkerRef("worker-1", "佐藤 花子"), "経理部", DAY.minusMonths(6), DAY,
                List.of(new PlannedSupport(SupportType.CONSULTATION, new DateRange(DAY,
                        DAY.plusMonths(3)), VisitFrequency.perWeek(2))), CasePhase.PLANNING, 1000L,
                new CaseNumber(2026, 7), PageTitles.CASE_NUMBER);
    }

    static PhaseChange phaseChange() {
        return new PhaseChange(CasePhase.INTAKE, CasePhase.PLANNING, "coach-a", AT);
    }

    static VisitRecord visit() {
        return new VisitRecord(DAY, List.of("coach-a", "coach-b"), VisitKind.WORK_OBSERVATION, "observed",
                "to worker", "to company", "next", "hand-over");
    }

    static PlannedVisit plannedVisit() {
        return new PlannedVisit(DAY.plusDays(7), "coach-b", "joint interview");
    }

    static Accommodation accommodation() {
        return new Accommodation("短時間勤務", "6時間から", List.of(
                new AccommodationStep("6h→7h", DAY.plusMonths(1), DAY.plusMonths(1).plusDays(2), "supervisor-1", AT,
                        new jp.jobcoach.workspace.domain.CapacityLimits(7.0, false, false, 5))),
                List.of(DAY.plusMonths(1)), List.of(DAY.plusMonths(1).plusDays(3)), "体調が崩れたら",
                new jp.jobcoach.workspace.domain.CapacityLimits(6.0, true, true, 4));
    }

    /** A week (its Monday after {@link #DAY}) with a task of each kind of member: carried from the week before, linked. */
    static jp.jobcoach.workspace.domain.workload.WorkWeek workWeek() {
        java.time.LocalDate start = jp.jobcoach.workspace.domain.workload.WorkWeek.weekOf(DAY).plusWeeks(1);
        return new jp.jobcoach.workspace.domain.workload.WorkWeek(start, List.of(6.0, 6.5, 6.0, 6.0, 0.0, 0.0, 0.0),
                java.util.Arrays.asList(6.0, 7.0, null, null, null, null, null), List.of(
                new jp.jobcoach.workspace.domain.workload.WeekTask(41L, "請求書の入力", 4, start.plusDays(2), "supervisor-1", 9L,
                        jp.jobcoach.workspace.domain.workload.TaskOutcome.OPEN, start.minusWeeks(1))), "無理をしない");
    }

    static SupportPlanContent planContent() {
        return new SupportPlanContent("situation", "direction", "worker goals", "company goals", "center goals", "worker issues",
                "company issues", Map.of(SupportType.CONSULTATION, "月2回の相談"), "主治医",
                PlanTimeline.empty().with(PlanPhase.INTENSIVE, DAY, DAY.plusMonths(1))
                        .withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(3)));
    }

    /** Two revisions, the first agreed by the worker. */
    static SupportPlan plan() {
        return SupportPlan.draft(planContent(), "coach-a", AT).agree("worker-1", CaseRole.WORKER, AT.plusSeconds(60))
                .revise(planContent(), "coach-a", AT.plusSeconds(120))
                .agree("coach-a", CaseRole.CENTER_COACH, AT.plusSeconds(180))
                .agreeOnPaper("counselor-1", CaseRole.WORKER, AT.plusSeconds(240),
                        new PaperAgreement(DAY, AgreementMethod.SIGNED_IN_PERSON, "佐藤 花子"));
    }

    static AuditEntry auditEntry() {
        return new AuditEntry(7, "coach-a", AuditAction.UPDATE, "VISITS", "record", 12, List.of("observations"), AT);
    }

    /** As stored, its id and version set by the store. */
    static RetentionInterview interview() {
        return unsavedInterview().stored(5, 2);
    }

    /** As a form sends it: not yet named by the store. */
    static RetentionInterview unsavedInterview() {
        AgreedAction carried = new AgreedAction("a-1", new PersonRef("worker-1", "佐藤 花子"), "早めに休む",
                DAY.plusDays(7), ActionStatus.CONTINUED, "続ける", 3L,
                List.of(new ActionReview(3, DAY.minusDays(14), ActionStatus.CONTINUED, "まだ")));
        AgreedAction fresh = AgreedAction.agree("a-2", PersonRef.named("主治医"), "受診", DAY.plusDays(10));
        return new RetentionInterview(null, 0, DAY, List.of(new Participant(new PersonRef("worker-1", "佐藤 花子"),
                CaseRole.WORKER)), "none", ConditionRatings.none().with(ConditionItem.FATIGUE, 3),
                new InterviewNotes("account", "status", "volume", "worries", "observations"), List.of(carried),
                List.of(fresh), DAY.plusDays(14), InterviewStatus.FINAL);
    }
}
