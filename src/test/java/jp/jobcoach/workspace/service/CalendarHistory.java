package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.TeamStore;
import jp.jobcoach.workspace.store.VisitStore;

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

    public static LocalDate day(int afterReturn) {
        return RETURN.plusDays(afterReturn);
    }
}
