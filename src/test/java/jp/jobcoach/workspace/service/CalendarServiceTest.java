package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.service.CalendarHistory.day;
import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlannedVisitStatus;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.CalendarKind;
import jp.jobcoach.workspace.domain.calendar.StepStatus;
import jp.jobcoach.workspace.domain.calendar.VisitBy;
import jp.jobcoach.workspace.domain.calendar.VisitRota;
import jp.jobcoach.workspace.store.CalendarStore;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import org.junit.Before;
import org.junit.Test;

/** The case calendar collects every dated record and shows each person the items of the categories they see. */
public class CalendarServiceTest extends ServiceTestSupport {
    private static final LocalDate FROM = RETURN.minusDays(1);
    private static final LocalDate TO = RETURN.plusMonths(4);
    private CalendarService calendar;

    @Before
    public void history() {
        calendar = new CalendarService(guard, new CalendarStore(ao), new CasePageStore(ao), pages);
        CalendarHistory.addSecondCoach(teamStore, caseId);
        CalendarHistory.populate(ao, caseId, 10);
        CalendarHistory.populateSchedule(ao, caseId, 6);
        new CasePageStore(ao).file(caseId, CasePageKind.SCHEDULE, 1005);
        new CasePageStore(ao).file(caseId, CasePageKind.INTERVIEWS, 1002);
    }

    private List<CalendarItem> items(CaseRole role) {
        actAs(role);
        return calendar.calendar(caseId, FROM, TO).items();
    }

    private Set<CalendarKind> kinds(CaseRole role) {
        return items(role).stream().map(CalendarItem::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(CalendarKind.class)));
    }

    @Test
    public void aCoachSeesEveryDatedRecordOfTheCase() {
        Map<CalendarKind, Long> counts = items(CaseRole.CENTER_COACH).stream()
                .collect(Collectors.groupingBy(CalendarItem::kind, Collectors.counting()));
        assertEquals(Long.valueOf(10), counts.get(CalendarKind.VISIT));
        assertEquals(Long.valueOf(2), counts.get(CalendarKind.INTERVIEW));
        assertEquals(Long.valueOf(1), counts.get(CalendarKind.NEXT_INTERVIEW));
        assertEquals(Long.valueOf(2), counts.get(CalendarKind.PLAN_PHASE));
        assertEquals(Long.valueOf(2), counts.get(CalendarKind.ACCOMMODATION_REVIEW));
        assertEquals(Long.valueOf(2), counts.get(CalendarKind.ACCOMMODATION_STEP));
        assertEquals(Long.valueOf(6), counts.get(CalendarKind.PLANNED_VISIT));
        assertEquals(Long.valueOf(6), counts.get(CalendarKind.TA_SESSION));
        assertEquals(Long.valueOf(6), counts.get(CalendarKind.WORK_WEEK));
    }

    @Test
    public void plannedVisitsSayWhichCoachAndWhetherTheyWereDoneAsTheVisitsPageJudgesThem() {
        List<CalendarItem> planned = items(CaseRole.CENTER_COACH).stream()
                .filter(item -> item.kind() == CalendarKind.PLANNED_VISIT).toList();
        assertEquals(day(1), planned.get(0).date());
        assertEquals("today's week holds the visit of day 0", List.of(VisitBy.PRIMARY, PlannedVisitStatus.DONE),
                planned.get(0).qualifiers());
        assertEquals(List.of(VisitBy.SECONDARY, PlannedVisitStatus.DONE), planned.get(1).qualifiers());
        assertEquals(List.of(CalendarHistory.SECOND), planned.get(1).peopleKeys());
        assertEquals("the visits end on day 27: day 36's week is still to come",
                List.of(VisitBy.SECONDARY, PlannedVisitStatus.UPCOMING), planned.get(5).qualifiers());
        assertTrue("the planned visit's note stays out", planned.stream().allMatch(item -> item.detail() == null));
        assertEquals(CalendarItem.uid(CalendarKind.PLANNED_VISIT, caseId, planned.get(0).record().id(), ""), planned.get(0).uid());

        new jp.jobcoach.workspace.store.PlannedVisitStore(ao).create(caseId,
                new jp.jobcoach.workspace.domain.PlannedVisit(RETURN.minusDays(9), "CENTER_COACH", null));
        List<CalendarItem> past = calendar.calendar(caseId, RETURN.minusDays(14), RETURN.minusDays(3)).items();
        assertEquals("a past week without a visit: missed", List.of(List.of(VisitBy.PRIMARY, PlannedVisitStatus.MISSED)),
                past.stream().filter(item -> item.kind() == CalendarKind.PLANNED_VISIT).map(CalendarItem::qualifiers).toList());
    }

    @Test
    public void taskSessionsAndWorkloadWeeksStandOnTheirDaysWithNeutralTitles() {
        List<CalendarItem> items = items(CaseRole.COUNSELOR);
        List<CalendarItem> sessions = items.stream().filter(item -> item.kind() == CalendarKind.TA_SESSION).toList();
        assertEquals(day(2), sessions.get(0).date());
        assertTrue(sessions.get(0).qualifiers().isEmpty());
        assertEquals("the analysis's title is free text: product-only detail", CalendarHistory.ANALYSIS_TITLE,
                sessions.get(0).detail());
        assertEquals(2, sessions.stream().map(CalendarItem::uid).distinct().limit(2).count());
        List<CalendarItem> weeks = items.stream().filter(item -> item.kind() == CalendarKind.WORK_WEEK).toList();
        assertEquals(day(5), weeks.get(0).date());
        assertEquals(java.time.DayOfWeek.MONDAY, weeks.get(0).date().getDayOfWeek());
        assertFalse(weeks.get(0).spansDays());
        assertTrue(weeks.get(0).qualifiers().isEmpty() && weeks.get(0).detail() == null);
    }

    @Test
    public void taskSessionsVanishWithoutTheWorkersConsent() {
        long unconsented = caseWithoutConsents().id();
        CalendarHistory.populateSchedule(ao, unconsented, 3);
        for (CaseRole role : List.of(CaseRole.CENTER_COACH, CaseRole.COUNSELOR, CaseRole.OCCUPATIONAL_HEALTH)) {
            actAs(role);
            Set<CalendarKind> seen = calendar.calendar(unconsented, FROM, TO).items().stream().map(CalendarItem::kind)
                    .collect(Collectors.toSet());
            assertFalse(role + " without consent", seen.contains(CalendarKind.TA_SESSION));
            assertTrue("the workload weeks are not narrowed by consent", seen.contains(CalendarKind.WORK_WEEK));
        }
        var given = consentStore.create(unconsented, jp.jobcoach.workspace.domain.consent.Consent.inProduct(
                jp.jobcoach.workspace.domain.consent.ConsentCategory.TASK_ANALYSIS, CaseRole.CENTER_COACH, NOW,
                keyOf(CaseRole.WORKER), null), 0);
        actAs(CaseRole.CENTER_COACH);
        assertEquals(3, calendar.calendar(unconsented, FROM, TO).items().stream()
                .filter(item -> item.kind() == CalendarKind.TA_SESSION).count());
        actAs(CaseRole.COUNSELOR);
        assertTrue("the consent is the coach's, not the counselor's", calendar.calendar(unconsented, FROM, TO).items()
                .stream().noneMatch(item -> item.kind() == CalendarKind.TA_SESSION));
        consentStore.revoke(given.id(), 1, NOW, keyOf(CaseRole.WORKER));
        actAs(CaseRole.CENTER_COACH);
        assertTrue("revoked: gone at once", calendar.calendar(unconsented, FROM, TO).items().stream()
                .noneMatch(item -> item.kind() == CalendarKind.TA_SESSION));
    }

    @Test
    public void eachVisitSaysWhichCoachOfThePairMadeIt() {
        List<CalendarItem> visits = items(CaseRole.IN_COMPANY_COACH).stream()
                .filter(item -> item.kind() == CalendarKind.VISIT).toList();
        assertEquals(day(0), visits.get(0).date());
        assertEquals(List.of(VisitBy.PRIMARY, VisitKind.CONSULTATION), visits.get(0).qualifiers());
        assertEquals(VisitBy.SECONDARY, visits.get(1).qualifiers().get(0));
        assertEquals(VisitBy.BOTH, visits.get(2).qualifiers().get(0));
        assertEquals(List.of("CENTER_COACH", CalendarHistory.SECOND), visits.get(2).peopleKeys());
    }

    @Test
    public void theNextInterviewIsTheOneAgreedAtTheLatestInterviewAndOnePerCase() {
        List<CalendarItem> next = items(CaseRole.SUPERVISOR).stream()
                .filter(item -> item.kind() == CalendarKind.NEXT_INTERVIEW).toList();
        assertEquals(1, next.size());
        assertEquals("the day-0 interview's next date (day 14) was overtaken by the interview on day 14", day(28), next.get(0).date());
        assertEquals(CalendarItem.uid(CalendarKind.NEXT_INTERVIEW, caseId, caseId, ""), next.get(0).uid());
    }

    @Test
    public void planPhasesSpanTheirDaysAndStepsStandOnTheirLiftedOrPlannedDay() {
        List<CalendarItem> items = items(CaseRole.WORKER);
        CalendarItem intensive = items.stream().filter(item -> item.kind() == CalendarKind.PLAN_PHASE).findFirst().orElseThrow();
        assertEquals(RETURN, intensive.date());
        assertEquals(RETURN.plusMonths(1), intensive.endDate());
        assertEquals(List.of(PlanPhase.INTENSIVE), intensive.qualifiers());
        List<CalendarItem> steps = items.stream().filter(item -> item.kind() == CalendarKind.ACCOMMODATION_STEP).toList();
        assertEquals(RETURN.plusMonths(1).plusDays(2), steps.get(0).date());
        assertEquals(List.of(StepStatus.LIFTED), steps.get(0).qualifiers());
        assertEquals(RETURN.plusMonths(2), steps.get(1).date());
        assertEquals(List.of(StepStatus.PLANNED), steps.get(1).qualifiers());
        assertTrue("the free text stays in the product-only detail", steps.get(0).detail().contains("6h→7h"));
    }

    @Test
    public void eachRoleSeesTheItemsOfTheCategoriesItsRowAllows() {
        assertEquals(EnumSet.allOf(CalendarKind.class), kinds(CaseRole.COUNSELOR));
        assertEquals(EnumSet.allOf(CalendarKind.class), kinds(CaseRole.OCCUPATIONAL_HEALTH));
        assertFalse("coaches' visit records are not the worker's", kinds(CaseRole.WORKER).contains(CalendarKind.VISIT));
        assertTrue(kinds(CaseRole.WORKER).contains(CalendarKind.NEXT_INTERVIEW));
        assertFalse(kinds(CaseRole.SUPERVISOR).contains(CalendarKind.VISIT));
        assertEquals("the worker: no visits planned or done, no task analysis",
                EnumSet.complementOf(EnumSet.of(CalendarKind.VISIT, CalendarKind.PLANNED_VISIT, CalendarKind.TA_SESSION)),
                kinds(CaseRole.WORKER));
        assertEquals(EnumSet.complementOf(EnumSet.of(CalendarKind.VISIT, CalendarKind.PLANNED_VISIT, CalendarKind.TA_SESSION)),
                kinds(CaseRole.SUPERVISOR));
        assertEquals(EnumSet.allOf(CalendarKind.class), kinds(CaseRole.IN_COMPANY_COACH));
        assertEquals("HR sees accommodations and the workload, nothing of the plan, interviews, visits or task analyses",
                EnumSet.of(CalendarKind.ACCOMMODATION_REVIEW, CalendarKind.ACCOMMODATION_STEP, CalendarKind.WORK_WEEK),
                kinds(CaseRole.HR));
    }

    @Test
    public void onlyTheDaysAskedForAreRead() {
        actAs(CaseRole.CENTER_COACH);
        List<CalendarItem> items = calendar.calendar(caseId, day(3), day(6)).items();
        assertEquals(List.of(CalendarKind.PLAN_PHASE, CalendarKind.VISIT, CalendarKind.WORK_WEEK, CalendarKind.VISIT),
                items.stream().map(CalendarItem::kind).toList());
        assertTrue(items.stream().allMatch(item -> item.overlaps(day(3), day(6))));
    }

    @Test
    public void itemsLinkToTheirRecordOnItsPage() {
        actAs(CaseRole.CENTER_COACH);
        CalendarService.CaseCalendar read = calendar.calendar(caseId, FROM, TO);
        Map<CalendarKind, String> links = read.items().stream().collect(Collectors.toMap(CalendarItem::kind,
                item -> read.links().getOrDefault(item.uid(), "none"), (one, other) -> one));
        CalendarItem firstVisit = read.items().stream().filter(item -> item.kind() == CalendarKind.VISIT).findFirst().orElseThrow();
        assertEquals("/pages/viewpage.action?pageId=1005#jobcoach-visit-" + firstVisit.record().id(), read.links().get(firstVisit.uid()));
        assertTrue(links.get(CalendarKind.INTERVIEW).startsWith("/pages/viewpage.action?pageId=1002#jobcoach-interview-"));
        assertEquals("the plan page is not filed: no link", "none", links.get(CalendarKind.PLAN_PHASE));
        assertEquals("accommodations show on the case's home page", "/pages/viewpage.action?pageId=1000",
                links.get(CalendarKind.ACCOMMODATION_REVIEW));
        CalendarItem planned = read.items().stream().filter(item -> item.kind() == CalendarKind.PLANNED_VISIT).findFirst().orElseThrow();
        assertEquals("/pages/viewpage.action?pageId=1005#jobcoach-planned-visit-" + planned.record().id(),
                read.links().get(planned.uid()));
        assertEquals("the workload shows on the schedule and workload page", "/pages/viewpage.action?pageId=1005",
                links.get(CalendarKind.WORK_WEEK));
        assertEquals("the task-analysis page is not filed: no link", "none", links.get(CalendarKind.TA_SESSION));
        new CasePageStore(ao).file(caseId, CasePageKind.TASK_ANALYSIS, 1003);
        CalendarService.CaseCalendar filed = calendar.calendar(caseId, FROM, TO);
        CalendarItem session = filed.items().stream().filter(item -> item.kind() == CalendarKind.TA_SESSION).findFirst().orElseThrow();
        assertEquals("at the analysis's worksheet", "/pages/viewpage.action?pageId=1003#jobcoach-ta-" + session.record().id(),
                filed.links().get(session.uid()));
        pages.hidden.add(1005L);
        assertFalse(calendar.calendar(caseId, FROM, TO).links().containsKey(firstVisit.uid()));
    }

    @Test
    public void aNonMemberIsToldNothingExistsAndABadRangeIsRefused() {
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> calendar.calendar(caseId, FROM, TO));
        actAs(CaseRole.CENTER_COACH);
        for (LocalDate[] range : List.of(new LocalDate[] {TO, FROM}, new LocalDate[] {FROM, FROM.plusDays(CalendarService.MAX_DAYS)},
                new LocalDate[] {null, TO})) {
            ValidationException refused = assertThrows(ValidationException.class, () -> calendar.calendar(caseId, range[0], range[1]));
            assertEquals(CalendarService.RANGE, refused.errors().get(0).messageKey());
        }
        assertEquals(1, calendar.calendar(caseId, FROM, FROM.plusDays(CalendarService.MAX_DAYS - 1)).items().stream()
                .filter(item -> item.kind() == CalendarKind.NEXT_INTERVIEW).count());
    }

    @Test
    public void whoVisitsWhenShowsEachPhaseAgainstItsPlanForThoseWhoSeeVisits() {
        actAs(CaseRole.CENTER_COACH);
        VisitRota rota = calendar.rota(calendar.on(caseId)).orElseThrow();
        VisitRota.PhaseRota intensive = rota.phases().get(0);
        assertEquals(PlanPhase.INTENSIVE, intensive.phase());
        // days 0..27 every 3 days fall in the first month: 10 visits (4 primary, 3 secondary, 3 both)
        assertEquals(10, intensive.done());
        assertEquals(4, intensive.byPrimary());
        assertEquals(3, intensive.bySecondary());
        assertEquals(3, intensive.together());
        assertEquals(0, intensive.repeats());
        assertEquals(2, intensive.frequencies().size());
        assertTrue(intensive.planned() > 0);
        actAs(CaseRole.WORKER);
        assertTrue(calendar.rota(calendar.on(caseId)).isEmpty());
        actAs(CaseRole.HR);
        assertTrue(calendar.rota(calendar.on(caseId)).isEmpty());
    }

    @Test
    public void aCaseWithoutRecordsHasAnEmptyCalendar() {
        long empty = caseWithEveryRole().id();
        actAs(CaseRole.CENTER_COACH);
        assertTrue(calendar.calendar(empty, FROM, TO).items().isEmpty());
        assertTrue(calendar.rota(calendar.on(empty)).orElseThrow().phases().isEmpty());
        new InterviewStore(ao).create(empty, StoreFixtures.interview(RETURN).withNextDate(null), "IN_COMPANY_COACH", StoreFixtures.T0);
        assertEquals(List.of(CalendarKind.INTERVIEW), calendar.calendar(empty, FROM, TO).items().stream().map(CalendarItem::kind).toList());
    }
}
