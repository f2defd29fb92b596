package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.LONG;
import jp.jobcoach.workspace.domain.PageRequest;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Test;

public class InterviewServiceTest extends ServiceTestSupport {

    @Test
    public void lifecycleCarriesOpenActionsIntoTheNextInterviewUntilResolvedAndFinal() {
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<RetentionInterview> first = interviews.create(caseId, interview(RETURN));
        String actionId = first.value().newActions().get(0).id();
        assertTrue("the server gives new actions their ids", actionId.length() > 30);

        RetentionInterview draft = interviews.draft(caseId, RETURN.plusDays(14));
        assertEquals(List.of(actionId), draft.carriedActions().stream().map(AgreedAction::id).toList());
        actAs(CaseRole.CENTER_COACH);
        Stored<RetentionInterview> second = interviews.create(caseId, interview(RETURN.plusDays(14)));
        assertEquals(first.id(), (long) second.value().carriedActions().get(0).originInterviewId());
        assertThrows(ValidationException.class, () -> interviews.finalize(caseId, second.id(), 1));

        Stored<RetentionInterview> resolved = interviews.resolveAction(caseId, second.id(), 1, actionId,
                ActionStatus.DONE, "できた", null);
        Stored<RetentionInterview> done = interviews.finalize(caseId, second.id(), resolved.version());

        assertEquals(InterviewStatus.FINAL, done.value().status());
        assertEquals(3, done.version());
        List<String> carriedNext = interviews.draft(caseId, RETURN.plusDays(28)).carriedActions().stream()
                .map(AgreedAction::id).toList();
        assertEquals("the done action stays behind, the second interview's new one comes along",
                List.of(second.value().newActions().get(0).id()), carriedNext);
    }

    @Test
    public void aFormCannotLoseOrInventCarriedActions() {
        actAs(CaseRole.IN_COMPANY_COACH);
        interviews.create(caseId, interview(RETURN));
        RetentionInterview foreign = interview(RETURN.plusDays(14)).withNewActions(List.of());
        RetentionInterview withForeignCarried = new RetentionInterview(null, 0, foreign.date(), foreign.participants(),
                null, foreign.ratings(), foreign.notes(), List.of(AgreedAction.agree("made-up", null, "x", null)),
                List.of(), null, null);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> interviews.create(caseId, withForeignCarried));
        assertEquals("carriedActions", refused.errors().get(0).field());
    }

    @Test
    public void staleSaveIsAConflictWithTheCurrentText() {
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<RetentionInterview> created = interviews.create(caseId, interview(RETURN));
        interviews.update(caseId, created.id(), 1, created.value().withNextDate(RETURN.plusDays(20)));

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> interviews.update(caseId, created.id(), 1, created.value()));
        assertEquals(RETURN.plusDays(20), ((Stored<?>) stale.current()).value() instanceof RetentionInterview current
                ? current.nextDate() : null);
    }

    @Test
    public void workerSeesOnlyAgreedActionsSupervisorNoWorkerAccountHrNothing() {
        actAs(CaseRole.IN_COMPANY_COACH);
        long id = interviews.create(caseId, interview(RETURN)).id();

        actAs(CaseRole.WORKER);
        RetentionInterview forWorker = interviews.get(caseId, id).value();
        assertTrue(forWorker.ratings().isEmpty());
        assertNull(forWorker.notes().worries());
        assertEquals(1, forWorker.newActions().size());

        actAs(CaseRole.SUPERVISOR);
        RetentionInterview forSupervisor = interviews.page(caseId, PageRequest.first(1)).items().get(0).value();
        assertTrue(forSupervisor.ratings().isEmpty());
        assertNull("the worker's account is health information", forSupervisor.notes().workerAccount());
        assertNull(forSupervisor.notes().worries());
        assertEquals("8h", forSupervisor.notes().workVolume());
        assertEquals(LONG, forSupervisor.notes().workStatus());
        assertEquals(1, forSupervisor.newActions().size());
        assertEquals(3, forSupervisor.participants().size());

        actAs(CaseRole.HR);
        assertThrows(AccessDeniedException.class, () -> interviews.page(caseId, PageRequest.first(1)));
        assertTrue("HR sees the schedule, which is status", interviews.schedule(caseId).next() != null);
    }

    @Test
    public void readingRatingsIsAuditedAsAHealthRead() {
        actAs(CaseRole.CENTER_COACH);
        long id = interviews.create(caseId, interview(RETURN)).id();
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        assertEquals(3, interviews.get(caseId, id).value().ratings().rating(ConditionItem.FATIGUE).getAsInt());

        AuditEntry newest = auditStore.forCase(caseId, 0, 1).get(0);
        assertEquals(AuditAction.READ, newest.action());
        assertEquals("HEALTH", newest.category());
        assertEquals("OCCUPATIONAL_HEALTH", newest.actorKey());
    }

    @Test
    public void aWriteAnswersWithTheRatingsAndThatShowingIsAuditedAsAHealthReadToo() {
        actAs(CaseRole.CENTER_COACH);
        Stored<RetentionInterview> created = interviews.create(caseId, interview(RETURN));
        assertEquals(3, created.value().ratings().rating(ConditionItem.FATIGUE).getAsInt());
        List<AuditEntry> entries = auditStore.forCase(caseId, 0, 2);
        assertEquals(List.of(AuditAction.READ, AuditAction.CREATE), entries.stream().map(AuditEntry::action).toList());
        assertEquals("HEALTH", entries.get(0).category());

        Stored<RetentionInterview> updated = interviews.update(caseId, created.id(), created.version(), created.value());
        assertEquals(3, updated.value().ratings().rating(ConditionItem.FATIGUE).getAsInt());
        assertEquals(AuditAction.READ, auditStore.forCase(caseId, 0, 1).get(0).action());
    }

    @Test
    public void overdueNextInterviewShowsOnTheSchedule() {
        actAs(CaseRole.IN_COMPANY_COACH);
        interviews.create(caseId, interview(TODAY.minusDays(20)));
        InterviewSchedule schedule = interviews.schedule(caseId);
        assertTrue(schedule.isOverdue());
        assertEquals(6L, (long) schedule.daysOverdue());
    }
}
