package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.Tombstone;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.testhost.TestHost;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;

/** Deleting a case leaves nothing of it in any table of the plugin, and nothing of another case is touched. */
public class CaseErasureTest extends StoreTestSupport {
    /** Site-wide tables, which hold nothing of any one case. Every other entity of the descriptor is per-case. */
    private static final Set<Class<?>> NOT_PER_CASE = Set.of(SettingEntity.class);

    private CaseErasure erasure;
    private AuditEventStore audit;

    @Before
    public void setUp() {
        audit = new AuditEventStore(ao);
        erasure = new CaseErasure(ao, audit);
    }

    /** A new entity in atlassian-plugin.xml fails here until CaseErasure deletes its rows (or it is site-wide). */
    @Test
    public void everyPerCaseEntityOfTheDescriptorIsErased() {
        Set<Class<?>> perCase = new LinkedHashSet<>(Arrays.asList(TestHost.aoEntities()));
        perCase.removeAll(NOT_PER_CASE);
        assertEquals(perCase, CaseErasure.entities());
    }

    @Test
    public void afterErasureEveryTableIsEmptyButTheTombstoneAndTheOtherCaseIsWhole() {
        long other = fill();
        long erased = fill();
        Set<Class<?>> perCase = CaseErasure.entities();
        for (Class<?> entity : perCase) {
            assertTrue("the fixture writes rows to " + entity.getSimpleName(), count(entity) > 0);
        }
        int otherAudit = ao.count(AuditEventEntity.class, "CASE_ID = ?", other);

        assertTrue(erasure.erase(erased));
        audit.appendTombstone(new Tombstone(erased, "admin", "本人の請求", T0));
        erasure.erase(other);

        for (Class<?> entity : perCase) {
            int left = entity == AuditEventEntity.class ? 1 : 0;
            assertEquals(entity.getSimpleName(), left, count(entity));
        }
        assertEquals(List.of(new Tombstone(erased, "admin", "本人の請求", T0)), audit.tombstones(10));
        assertTrue(otherAudit > 0);
    }

    @Test
    public void anotherCaseKeepsEveryRow() {
        long kept = fill();
        Set<Class<?>> perCase = CaseErasure.entities();
        java.util.Map<Class<?>, Integer> before = new java.util.HashMap<>();
        perCase.forEach(entity -> before.put(entity, count(entity)));
        long erased = fill();

        assertTrue(erasure.erase(erased));

        perCase.forEach(entity -> assertEquals(entity.getSimpleName(), before.get(entity), Integer.valueOf(count(entity))));
        assertTrue(new CaseStore(ao).find(kept).isPresent());
    }

    @Test
    public void aCaseIsErasedOnceAndClosedCasesAreFoundByTheirClosing() {
        long open = fill();
        long closed = fill();
        new CaseStore(ao).addPhaseChange(closed, new PhaseChange(CasePhase.FOLLOW_UP, CasePhase.CLOSED, "COUNSELOR", T0));
        assertEquals(List.of(closed), erasure.closedBefore(T0.plusSeconds(1), 10));
        assertEquals(List.of(), erasure.closedBefore(T0, 10));

        assertTrue(erasure.erase(closed));
        assertFalse(erasure.erase(closed));
        assertFalse(erasure.erase(0));
        assertEquals(List.of(), erasure.closedBefore(T0.plusSeconds(1), 10));
        assertTrue(new CaseStore(ao).find(open).isPresent());
    }

    /** Rows of a case whose row went some other way are deleted too, so they do not come back to the job. */
    @Test
    public void theRowsOfACaseWithoutItsRowAreDeletedToo() {
        long orphaned = fill();
        new CaseStore(ao).addPhaseChange(orphaned, new PhaseChange(CasePhase.FOLLOW_UP, CasePhase.CLOSED, "COUNSELOR", T0));
        ao.deleteWithSQL(SupportCaseEntity.class, "ID = ?", orphaned);

        assertFalse("no case, no tombstone", erasure.erase(orphaned));
        assertEquals(List.of(), erasure.closedBefore(T0.plusSeconds(1), 10));
        assertEquals(0, ao.count(TeamMemberEntity.class, "CASE_ID = ?", orphaned));
    }

    /** One case with a row in every per-case table, through the stores where they write them. */
    private long fill() {
        CaseStore cases = new CaseStore(ao);
        long caseId = cases.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
        cases.update(caseId, 1, StoreFixtures.supportCase());
        cases.addPhaseChange(caseId, new PhaseChange(CasePhase.INTAKE, CasePhase.PLANNING, "COUNSELOR", T0));
        new TeamStore(ao).add(caseId, TeamMember.of("WORKER", CaseRole.WORKER));
        PlanStore plans = new PlanStore(ao);
        plans.addRevision(caseId, 0, new PlanRevision(1, StoreFixtures.planContent("draft"), "COUNSELOR", T0));
        plans.addAgreement(caseId, new Agreement("WORKER", CaseRole.WORKER, T0, 1));
        AccommodationStore accommodations = new AccommodationStore(ao);
        long accommodation = accommodations.create(caseId, StoreFixtures.accommodation()).id();
        Accommodation reviewed = StoreFixtures.accommodation().withReviewDone(RETURN.plusMonths(1));
        accommodations.update(accommodation, 1, reviewed);
        VisitStore visits = new VisitStore(ao);
        long visit = visits.create(caseId, StoreFixtures.visit(RETURN)).id();
        visits.update(visit, 1, StoreFixtures.visit(RETURN.plusDays(1)));
        PlannedVisitStore planned = new PlannedVisitStore(ao);
        long plannedVisit = planned.create(caseId, new PlannedVisit(RETURN.plusDays(7), "coach-a", "予定")).id();
        planned.update(plannedVisit, 1, new PlannedVisit(RETURN.plusDays(8), "coach-a", "予定"));
        InterviewStore interviews = new InterviewStore(ao);
        long interview = interviews.create(caseId, StoreFixtures.interview(RETURN), "IN_COMPANY_COACH", T0).id();
        interviews.update(interview, 1, StoreFixtures.interview(RETURN), "IN_COMPANY_COACH", T0);
        ao.create(ActionReviewEntity.class, new DBParam("ACTION_ROW_ID", 1L), new DBParam("INTERVIEW_ID", interview),
                new DBParam("POSITION", 0), new DBParam("REVIEW_IV_ID", interview), new DBParam("OUTCOME", "CONTINUED"));
        new TimelineStore(ao).addComment(caseId, TimelineEntry.comment(caseId * 100, T0, "WORKER", CaseRole.WORKER,
                "計画", "コメント", "/pages/1001#comment-1", 1001, DataCategory.PLAN));
        new ReminderStore(ao).claim("reminder-" + caseId, caseId, T0);
        new CasePageStore(ao).file(caseId, CasePageKind.PLAN, 2000 + caseId);
        ConsentStore consents = new ConsentStore(ao);
        long consent = consents.create(caseId, Consent.inProduct(ConsentCategory.HEALTH, CaseRole.CENTER_COACH, T0, "WORKER", null), 0).id();
        consents.revoke(consent, 1, T0, "WORKER");
        TaskAnalysisStore tasks = new TaskAnalysisStore(ao);
        jp.jobcoach.workspace.domain.Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> analysis =
                tasks.create(caseId, TaskAnalysisStoreTest.analysis());
        tasks.update(analysis.id(), 1, analysis.value());
        long session = tasks.createSession(caseId, analysis.id(), TaskAnalysisStoreTest.session(RETURN,
                analysis.value().steps(), 4, 3)).id();
        tasks.updateSession(session, 1, TaskAnalysisStoreTest.session(RETURN, analysis.value().steps(), 4, 4));
        WorkloadStore workload = new WorkloadStore(ao);
        jp.jobcoach.workspace.domain.workload.WorkWeek week = jp.jobcoach.workspace.domain.workload.WorkWeek.planned(
                java.time.LocalDate.of(2026, 4, 6), java.util.Collections.nCopies(7, 6.0),
                List.of(jp.jobcoach.workspace.domain.workload.WeekTask.planned("業務", 2, RETURN.plusDays(5), "SUPERVISOR")), null);
        long weekId = workload.create(caseId, week).id();
        workload.update(weekId, 1, week);
        CalendarFeedStore feeds = new CalendarFeedStore(ao);
        long feed = feeds.create(new jp.jobcoach.workspace.domain.calendar.CalendarFeed("WORKER", caseId, null, "予定", null, T0),
                "hash-" + caseId).id();
        feeds.replaceToken(feed, 1, "hash-2-" + caseId);
        feeds.saveLedger(caseId, jp.jobcoach.workspace.domain.calendar.FeedLedger.empty(), false, T0);
        audit.append(new AuditEntry(caseId, "COUNSELOR", AuditAction.CREATE, "CASE", "case", caseId, List.of(), T0));
        return caseId;
    }

    /**
     * The rows of {@code entity}; of the version claims, those of records, not the claims of case numbers, which
     * erasure keeps so that a number is never given to a second case (they hold nothing but the year and number).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private int count(Class<?> entity) {
        return entity == VersionClaimEntity.class ? ao.count(VersionClaimEntity.class, "CLAIM_KEY NOT LIKE ?", "case-number:%")
                : ao.count((Class) entity);
    }
}
