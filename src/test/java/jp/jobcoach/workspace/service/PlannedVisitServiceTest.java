package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.PlannedVisitStatus;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitSchedule;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import org.junit.Test;

/**
 * Planned visits through the service: who may plan, what is refused (and then not stored), stale writes, the audit,
 * planned against done, the hand-over and "since your last visit" of the case panel.
 */
public class PlannedVisitServiceTest extends ServiceTestSupport {
    private static final String COACH = keyOf(CaseRole.CENTER_COACH);

    private PlannedVisit plannedIn(int days) {
        return new PlannedVisit(RETURN.plusDays(days), COACH, "上司と面談");
    }

    private List<VisitSchedule.Entry> scheduleOf(long id) {
        return visits.schedule(id, RETURN.minusYears(1), RETURN.plusYears(1));
    }

    @Test
    public void aCoachPlansAVisitWhichIsAuditedAndListed() {
        actAs(CaseRole.CENTER_COACH);
        Stored<PlannedVisit> planned = visits.plan(caseId, plannedIn(7));

        assertEquals(List.of(planned), scheduleOf(caseId).stream().map(VisitSchedule.Entry::planned).toList());
        var audited = auditStore.forCase(caseId, 0, 1).get(0);
        assertEquals(AuditAction.CREATE, audited.action());
        assertEquals("planned-visit", audited.recordType());
        assertEquals(List.of("coachKey", "date", "note"), audited.fields().stream().sorted().toList());
    }

    @Test
    public void anUnknownCoachADayBeforeTheReturnOrAHugeNoteIsRefusedAndNothingIsStored() {
        actAs(CaseRole.CENTER_COACH);
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> visits.plan(caseId, new PlannedVisit(RETURN.plusDays(7), keyOf(CaseRole.HR), null)));
        assertEquals(PlannedVisit.UNKNOWN_COACH, unknown.errors().get(0).messageKey());
        ValidationException early = assertThrows(ValidationException.class,
                () -> visits.plan(caseId, new PlannedVisit(RETURN.minusDays(1), COACH, null)));
        assertEquals(PlannedVisit.BEFORE_RETURN, early.errors().get(0).messageKey());
        ValidationException huge = assertThrows(ValidationException.class,
                () -> visits.plan(caseId, new PlannedVisit(RETURN, COACH, "あ".repeat(1 << 20))));
        assertEquals(Check.TOO_LONG, huge.errors().get(0).messageKey());

        assertTrue(scheduleOf(caseId).isEmpty());
        assertTrue(auditStore.forCase(caseId, 0, 10).stream().noneMatch(entry -> "planned-visit".equals(entry.recordType())));
    }

    @Test
    public void aStaleReplanOrCancelIsAConflictAndChangesNothing() {
        actAs(CaseRole.CENTER_COACH);
        Stored<PlannedVisit> planned = visits.plan(caseId, plannedIn(7));
        Stored<PlannedVisit> moved = visits.replan(caseId, planned.id(), 1, plannedIn(9));

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> visits.replan(caseId, planned.id(), 1, plannedIn(10)));
        assertEquals(moved, stale.current());
        assertThrows(StaleVersionException.class, () -> visits.cancelPlanned(caseId, planned.id(), 1));
        assertEquals(moved, visits.getPlanned(caseId, planned.id()));

        visits.cancelPlanned(caseId, planned.id(), 2);
        assertTrue(scheduleOf(caseId).isEmpty());
        assertThrows(NotFoundException.class, () -> visits.getPlanned(caseId, planned.id()));
    }

    @Test
    public void whoMayNotWriteVisitsCannotPlanAndAnotherCasesPlanIsNotFound() {
        actAs(CaseRole.CENTER_COACH);
        Stored<PlannedVisit> planned = visits.plan(caseId, plannedIn(7));
        long other = caseWithEveryRole().id();
        assertThrows(NotFoundException.class, () -> visits.getPlanned(other, planned.id()));
        assertThrows(NotFoundException.class, () -> visits.cancelPlanned(other, planned.id(), 1));

        for (CaseRole role : List.of(CaseRole.COUNSELOR, CaseRole.HR, CaseRole.WORKER)) {
            actAs(role);
            assertThrows(role.name(), AccessDeniedException.class, () -> visits.plan(caseId, plannedIn(8)));
            assertThrows(role.name(), AccessDeniedException.class, () -> visits.cancelPlanned(caseId, planned.id(), 1));
        }
        actAs(CaseRole.HR);
        assertThrows(AccessDeniedException.class, () -> scheduleOf(caseId));
    }

    @Test
    public void plannedAgainstDoneComparesThePlannedDatesWithTheVisitsOfTheirWeeks() {
        time.today = RETURN.plusWeeks(5);
        actAs(CaseRole.CENTER_COACH);
        visits.plan(caseId, plannedIn(1));
        visits.plan(caseId, plannedIn(8));
        visits.plan(caseId, plannedIn(15));
        visits.plan(caseId, plannedIn(50));
        visits.create(caseId, new VisitRecord(RETURN.plusDays(2), List.of(COACH), VisitKind.CONSULTATION, null, null, null, null));
        visits.create(caseId, new VisitRecord(RETURN.plusDays(16), List.of(COACH), VisitKind.CONSULTATION, null, null, null, null));

        assertEquals(List.of(PlannedVisitStatus.DONE, PlannedVisitStatus.MISSED, PlannedVisitStatus.DONE,
                PlannedVisitStatus.UPCOMING), scheduleOf(caseId).stream().map(VisitSchedule.Entry::status).toList());
        assertEquals(RETURN.plusDays(16), scheduleOf(caseId).get(2).keptOn());
        // the page's overview lists the same and its tallies count them per phase when the plan has phases
        assertEquals(4, visits.overview(caseId, jp.jobcoach.workspace.domain.PageRequest.first(10)).schedule().size());
    }

    @Test
    public void theWindowAskedForMustEndAfterItStarts() {
        actAs(CaseRole.CENTER_COACH);
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> visits.schedule(caseId, RETURN, RETURN.minusDays(1)));
        assertEquals("to", backwards.errors().get(0).field());
    }

    @Test
    public void thePartnerSeesWhatChangedSinceTheirLastVisitAndTheOthersHandOver() {
        String partner = "coach-partner";
        teamStore.add(caseId, jp.jobcoach.workspace.domain.TeamMember.centerCoach(partner,
                jp.jobcoach.workspace.domain.CenterCoachSlot.SECONDARY));
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, new VisitRecord(RETURN, List.of(COACH), VisitKind.CONSULTATION, null, null, null, null,
                "前回の引き継ぎ"));
        user.key = partner;
        assertTrue("before their first visit the partner is told so", panels.panel(caseId).sinceLastVisit().applies());
        assertEquals(null, panels.panel(caseId).sinceLastVisit().lastVisit());
        visits.create(caseId, new VisitRecord(RETURN.plusDays(1), List.of(partner), VisitKind.CONSULTATION, null, null, null,
                null, "次回は人事と配慮の見直し"));
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, new VisitRecord(RETURN.plusDays(8), List.of(COACH), VisitKind.OJT, null, null, null, null,
                "企業内ジョブコーチへの指導方法を確認済み"));

        user.key = partner;
        CasePanelService.SinceLastVisit since = panels.panel(caseId).sinceLastVisit();
        assertEquals(RETURN.plusDays(1), since.lastVisit());
        assertEquals(1, since.changes().get(TimelineKind.VISIT).count());
        assertEquals("企業内ジョブコーチへの指導方法を確認済み", since.handOver().orElseThrow().value().handOver());
        // the coach who wrote the newest hand-over is not shown it as news
        actAs(CaseRole.CENTER_COACH);
        assertTrue(panels.panel(caseId).sinceLastVisit().handOver().isEmpty());
        assertEquals(0, panels.panel(caseId).sinceLastVisit().changes().get(TimelineKind.VISIT).count());
        // other roles get nothing of it
        actAs(CaseRole.IN_COMPANY_COACH);
        assertFalse(panels.panel(caseId).sinceLastVisit().applies());
    }
}
