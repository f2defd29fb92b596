package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.PlannedVisitStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.TaskAnalysisStore;
import jp.jobcoach.workspace.store.TeamStore;
import jp.jobcoach.workspace.store.VisitStore;
import jp.jobcoach.workspace.store.WorkloadStore;

/**
 * A case's dated records for calendar tests: a secondary coach on the team ({@link #SECOND}; the primary is
 * CENTER_COACH), visits every few days alternating between them (each third by both), an interview every two
 * weeks with its next date, a plan with two phases, one accommodation with two review dates and two steps, the first
 * lifted.
 */
public final class CalendarHistory {
    public static final String SECOND = "SECOND_COACH";

    private CalendarHistory() {
    }

    public static void addSecondCoach(TeamStore teams, long caseId) {
        teams.add(caseId, TeamMember.centerCoach(SECOND, CenterCoachSlot.SECONDARY));
    }

    /** {@code visits} visits from the return on, every 3 days; an interview each 14 days over the same span. */
    public static void populate(ActiveObjects ao, long caseId, int visits) {
        VisitStore visitStore = new VisitStore(ao);
        for (int i = 0; i < visits; i++) {
            List<String> coaches = i % 3 == 2 ? List.of("CENTER_COACH", SECOND) : List.of(i % 3 == 0 ? "CENTER_COACH" : SECOND);
            visitStore.create(caseId, new VisitRecord(RETURN.plusDays(3L * i), coaches, VisitKind.CONSULTATION,
                    StoreFixtures.TRICKY, "疲労が強い", "体調", "next"));
        }
        InterviewStore interviews = new InterviewStore(ao);
        for (int day = 0; day <= 3 * Math.max(visits - 1, 0); day += 14) {
            interviews.create(caseId, StoreFixtures.interview(RETURN.plusDays(day)), "IN_COMPANY_COACH", T0);
        }
        new PlanStore(ao).addRevision(caseId, 0, new PlanRevision(1, StoreFixtures.planContent("plan"), "COUNSELOR", T0));
        Accommodation base = StoreFixtures.accommodation();
        List<AccommodationStep> steps = new ArrayList<>(base.steps());
        steps.set(0, steps.get(0).liftedOn(RETURN.plusMonths(1).plusDays(2), "OCCUPATIONAL_HEALTH", T0));
        new AccommodationStore(ao).create(caseId, new Accommodation(base.title(), base.description(), steps,
                base.reviewDates(), base.reviewsDone(), base.stopConditions()));
    }

    /** The title of {@link #populateSchedule}'s task analysis: free text that no feed and no title may carry. */
    public static final String ANALYSIS_TITLE = "日報入力（うつ症状に配慮）";
    /** The note of every planned visit and session of {@link #populateSchedule}: free text with health detail. */
    public static final String NOTE = "体調不良で中止の可能性";

    /**
     * {@code weeks} weeks of the records dated by week: a planned visit on day 1 of each week from the return
     * (day 1, 8, 15 …), alternating between the coaches of the pair (primary first); one task analysis with a session
     * on day 2 of each week; a recorded workload week for each Monday from the first after the return (day 5, 12 …).
     */
    public static void populateSchedule(ActiveObjects ao, long caseId, int weeks) {
        PlannedVisitStore planned = new PlannedVisitStore(ao);
        TaskAnalysisStore tasks = new TaskAnalysisStore(ao);
        var analysis = tasks.create(caseId, new TaskAnalysis(ANALYSIS_TITLE, null, null, null, 3, AnalysisStatus.ACTIVE,
                List.of(TaskStep.of("開く"), TaskStep.of("送信する"))));
        WorkloadStore workload = new WorkloadStore(ao);
        for (int i = 0; i < weeks; i++) {
            planned.create(caseId, new PlannedVisit(RETURN.plusDays(7L * i + 1), i % 2 == 0 ? "CENTER_COACH" : SECOND, NOTE));
            List<StepObservation> levels = analysis.value().steps().stream()
                    .map(step -> new StepObservation(step.id(), 2, null, null)).toList();
            tasks.createSession(caseId, analysis.id(), new TaskSession(RETURN.plusDays(7L * i + 2), "CENTER_COACH",
                    CaseRole.CENTER_COACH, 20, NOTE, levels));
            workload.create(caseId, WorkWeek.empty(RETURN.plusDays(7L * i + 5)));
        }
    }

    public static LocalDate day(int afterReturn) {
        return RETURN.plusDays(afterReturn);
    }
}
