package jp.jobcoach.workspace.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;

/** Sample records for store, service and web tests; texts hold what databases tend to mangle. */
public final class StoreFixtures {
    public static final LocalDate LEAVE = LocalDate.of(2025, 10, 1);
    public static final LocalDate RETURN = LocalDate.of(2026, 4, 1);
    public static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    /** The year cases are opened in, as the service counts it from the clock. */
    public static final int YEAR = 2026;
    /** Rare kanji outside the BMP, emoji, a right-to-left override and markup. */
    public static final String TRICKY = "𠮷野家 😀 \u202Eabc <b>&amp;</b> 'x\"";
    public static final String LONG = "あ".repeat(10_000);

    private StoreFixtures() {
    }

    public static SupportCase supportCase() {
        return new SupportCase(new WorkerRef("worker-1", TRICKY), "経理部", LEAVE, RETURN,
                List.of(PlannedSupport.withDefaults(SupportType.CONSULTATION, RETURN),
                        PlannedSupport.withDefaults(SupportType.JOB_PERFORMANCE, RETURN)),
                CasePhase.INTAKE, 1000L);
    }

    public static SupportPlanContent planContent(String situation) {
        return new SupportPlanContent(situation, "方向", LONG, "company goals", "センターの目標", TRICKY, null,
                Map.of(SupportType.CONSULTATION, "月2回の相談"), "主治医",
                PlanTimeline.empty()
                        .with(PlanPhase.INTENSIVE, RETURN, RETURN.plusMonths(1))
                        .with(PlanPhase.TRANSITION, RETURN.plusMonths(1).plusDays(1), RETURN.plusMonths(3))
                        .withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(3))
                        .withVisits(PlanPhase.TRANSITION, VisitFrequency.perMonth(2)));
    }

    public static Accommodation accommodation() {
        return new Accommodation("短時間勤務", TRICKY,
                List.of(AccommodationStep.planned("6h→7h", RETURN.plusMonths(1)),
                        AccommodationStep.planned("7h→8h", RETURN.plusMonths(2))),
                List.of(RETURN.plusMonths(1), RETURN.plusMonths(2)), List.of(), LONG);
    }

    public static VisitRecord visit(LocalDate date) {
        return visitBy(date, "coach-a");
    }

    /** A visit that {@code coachKey} made with coach-b, who is on no team: only {@code coachKey} may change it. */
    public static VisitRecord visitBy(LocalDate date, String coachKey) {
        return new VisitRecord(date, List.of(coachKey, "coach-b"), VisitKind.WORK_OBSERVATION,
                TRICKY, LONG, "line care", "next");
    }

    /** A first interview on {@code date}: worker and both coaches, two ratings, hostile notes, one new action. */
    public static RetentionInterview interview(LocalDate date) {
        return RetentionInterview.draft(date, List.of(Participant.of("WORKER", CaseRole.WORKER),
                        Participant.of("IN_COMPANY_COACH", CaseRole.IN_COMPANY_COACH),
                        new Participant(PersonRef.named(TRICKY), CaseRole.CENTER_COACH)))
                .withRatings(ConditionRatings.none().with(ConditionItem.FATIGUE, 3).with(ConditionItem.MOOD, 2))
                .withNotes(new InterviewNotes(TRICKY, LONG, "8h", "眠れない", null))
                .withNewActions(List.of(AgreedAction.agree("a-" + date, PersonRef.user("WORKER"), "早めに休む " + TRICKY,
                        date.plusDays(7))))
                .withNextDate(date.plusDays(14));
    }
}
