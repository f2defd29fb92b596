package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.COUNSELOR;
import static jp.jobcoach.workspace.domain.CaseRole.HR;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.OCCUPATIONAL_HEALTH;
import static jp.jobcoach.workspace.domain.CaseRole.SUPERVISOR;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;
import static jp.jobcoach.workspace.domain.consent.ConsentCategory.HEALTH;
import static jp.jobcoach.workspace.domain.consent.ConsentCategory.TASK_ANALYSIS;
import static jp.jobcoach.workspace.domain.consent.ConsentCategory.WORKER_ACCOUNT;
import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.store.InterviewStore;
import org.junit.Before;
import org.junit.Test;

/** Who gives, records and revokes consents, what is refused, what is audited, and that a revocation holds at once. */
public class ConsentServiceTest extends ServiceTestSupport {
    private long bare;

    @Before
    public void bareCase() {
        bare = caseWithoutConsents().id();
    }

    @Test
    public void theWorkerGivesConsentInTheProductAndItOpensTheCategoryToThatRoleOnly() {
        actAs(CENTER_COACH);
        assertThrows(AccessDeniedException.class, () -> guard.require(bare, DataCategory.HEALTH, Access.VIEW));

        actAs(WORKER);
        Stored<Consent> given = consents.give(bare, HEALTH, CENTER_COACH, TODAY.plusMonths(3));
        assertEquals(ConsentMeans.IN_PRODUCT, given.value().means());
        assertEquals("WORKER", given.value().recordedBy());
        assertEquals(NOW, given.value().givenAt());

        actAs(CENTER_COACH);
        guard.require(bare, DataCategory.HEALTH, Access.VIEW);
        actAs(IN_COMPANY_COACH);
        assertThrows("a consent is for one role", AccessDeniedException.class,
                () -> guard.require(bare, DataCategory.HEALTH, Access.VIEW));
        assertThrows("and for one category", AccessDeniedException.class,
                () -> guard.require(bare, DataCategory.TASK_ANALYSIS, Access.VIEW));
    }

    @Test
    public void onlyTheWorkerGivesInTheProductAndOnlyTheCounselorRecordsPaper() {
        for (var role : List.of(CENTER_COACH, COUNSELOR, OCCUPATIONAL_HEALTH, SUPERVISOR, HR)) {
            actAs(role);
            assertThrows(role.name(), AccessDeniedException.class, () -> consents.give(bare, HEALTH, CENTER_COACH, null));
        }
        for (var role : List.of(WORKER, CENTER_COACH, IN_COMPANY_COACH, OCCUPATIONAL_HEALTH, SUPERVISOR, HR)) {
            actAs(role);
            assertThrows(role.name(), AccessDeniedException.class,
                    () -> consents.recordPaper(bare, HEALTH, CENTER_COACH, TODAY, null));
        }
        actAs(COUNSELOR);
        Stored<Consent> paper = consents.recordPaper(bare, TASK_ANALYSIS, IN_COMPANY_COACH, TODAY.minusDays(3), null);
        assertEquals(ConsentMeans.ON_PAPER, paper.value().means());
        assertEquals(TODAY.minusDays(3), paper.value().paperDate());
        assertEquals("COUNSELOR", paper.value().recordedBy());

        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> consents.overview(bare));
    }

    @Test
    public void refusedWithFieldErrorsOutsideTheMatrixTwiceForOnePairWithoutOrWithAFuturePaperDate() {
        actAs(WORKER);
        assertEquals(List.of("role"), fields(() -> consents.give(bare, HEALTH, SUPERVISOR, null)));
        assertEquals(List.of("role"), fields(() -> consents.give(bare, TASK_ANALYSIS, HR, null)));
        assertEquals(List.of("role"), fields(() -> consents.give(bare, HEALTH, WORKER, null)));
        assertEquals(List.of("category"), fields(() -> consents.give(bare, null, CENTER_COACH, null)));
        assertEquals(List.of("validUntil"), fields(() -> consents.give(bare, HEALTH, CENTER_COACH, TODAY.minusDays(1))));
        consents.give(bare, HEALTH, CENTER_COACH, null);
        ValidationException twice = assertThrows(ValidationException.class, () -> consents.give(bare, HEALTH, CENTER_COACH, null));
        assertEquals(Consent.ALREADY_GIVEN, twice.errors().get(0).messageKey());

        actAs(COUNSELOR);
        assertEquals(List.of("paperDate"), fields(() -> consents.recordPaper(bare, HEALTH, COUNSELOR, null, null)));
        assertEquals(List.of("paperDate"), fields(() -> consents.recordPaper(bare, HEALTH, COUNSELOR, TODAY.plusDays(1), null)));
        assertEquals(List.of("validUntil"),
                fields(() -> consents.recordPaper(bare, HEALTH, COUNSELOR, TODAY.minusDays(5), TODAY.minusDays(6))));
    }

    @Test
    public void aRevocationHoldsFromTheNextReadOnAndIsAuditedLikeTheGrant() {
        long interviewId = new InterviewStore(ao).create(bare, interview(RETURN), "IN_COMPANY_COACH", NOW).id();
        actAs(WORKER);
        Stored<Consent> given = consents.give(bare, WORKER_ACCOUNT, IN_COMPANY_COACH, null);
        actAs(IN_COMPANY_COACH);
        assertFalse(interviews.get(bare, interviewId).value().ratings().isEmpty());

        actAs(WORKER);
        Stored<Consent> revoked = consents.revoke(bare, given.id(), 1);
        assertEquals(2, revoked.version());
        assertEquals("WORKER", revoked.value().revokedBy());

        actAs(IN_COMPANY_COACH);
        assertTrue(interviews.get(bare, interviewId).value().ratings().isEmpty());
        assertEquals(null, interviews.get(bare, interviewId).value().notes().worries());

        actAs(OCCUPATIONAL_HEALTH);
        // (without the page restrictions, which follow the consents: CasePageRestrictionsTest)
        List<AuditEntry> log = auditStore.forCase(bare, 0, 10).stream()
                .filter(entry -> !entry.recordType().equals("page-restrictions")).toList();
        // newest first: the revocation, the coach's health read while the consent held, the grant
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.READ, AuditAction.CREATE),
                log.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("consent", "health", "consent"), log.stream().map(AuditEntry::recordType).toList());
        assertEquals(List.of("revokedAt", "revokedBy"), log.get(0).fields());
        assertEquals("HEALTH", log.get(2).category());
    }

    @Test
    public void aStaleRevocationGetsTheConsentAsItIsAndOnlyTheWorkerOrTheCounselorRevokes() {
        actAs(WORKER);
        Stored<Consent> given = consents.give(bare, HEALTH, OCCUPATIONAL_HEALTH, null);
        for (var role : List.of(OCCUPATIONAL_HEALTH, CENTER_COACH, SUPERVISOR, HR)) {
            actAs(role);
            assertThrows(role.name(), AccessDeniedException.class, () -> consents.revoke(bare, given.id(), 1));
        }
        actAs(COUNSELOR);
        consents.revoke(bare, given.id(), 1);
        assertEquals(List.of("version"), fields(() -> consents.revoke(bare, given.id(), 2)));
        actAs(WORKER);
        assertThrows(NotFoundException.class, () -> consents.revoke(bare, given.id() + 1000, 1));
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> consents.revoke(bare, given.id(), 1));
        assertEquals("COUNSELOR", ((Stored<?>) stale.current()).value() instanceof Consent current ? current.revokedBy() : null);
    }

    @Test
    public void theOverviewTellsWhichOfTheTeamsRolesLackAConsentAndWhy() {
        consentStore.create(bare, Consent.inProduct(HEALTH, CENTER_COACH, NOW.minusSeconds(86_400L * 90), "WORKER",
                TODAY.minusDays(1)), 0);
        actAs(WORKER);
        consents.give(bare, HEALTH, COUNSELOR, null);
        Stored<Consent> taken = consents.give(bare, HEALTH, IN_COMPANY_COACH, null);
        consents.revoke(bare, taken.id(), 1);

        actAs(SUPERVISOR);
        List<ConsentLedger.Missing> missing = consents.overview(bare).missing();
        assertTrue(missing.contains(new ConsentLedger.Missing(HEALTH, CENTER_COACH, ConsentLedger.Gap.EXPIRED)));
        assertTrue(missing.contains(new ConsentLedger.Missing(HEALTH, IN_COMPANY_COACH, ConsentLedger.Gap.REVOKED)));
        assertTrue(missing.contains(new ConsentLedger.Missing(HEALTH, OCCUPATIONAL_HEALTH, ConsentLedger.Gap.MISSING)));
        assertFalse(missing.stream().anyMatch(each -> each.category() == HEALTH && each.role() == COUNSELOR));
        assertFalse("nothing to consent to for roles the matrix excludes",
                missing.stream().anyMatch(each -> each.role() == SUPERVISOR || each.role() == HR || each.role() == WORKER));
        assertEquals(3 * 4 - 1, missing.size());
    }

    @Test
    public void aWriterWhoMayNotSeeTheWorkersAccountLeavesItAsStoredAndCreatesNone() {
        InterviewStore store = new InterviewStore(ao);
        Stored<RetentionInterview> stored = store.create(bare, interview(RETURN), "IN_COMPANY_COACH", NOW);
        actAs(IN_COMPANY_COACH);
        RetentionInterview seen = interviews.get(bare, stored.id()).value();
        interviews.update(bare, stored.id(), stored.version(), seen
                .withRatings(ConditionRatings.none().with(ConditionItem.FATIGUE, 1))
                .withNotes(new InterviewNotes("typed over", "work status", "8h", "typed over", "observed")));

        RetentionInterview row = store.find(stored.id()).orElseThrow().value();
        assertEquals(interview(RETURN).ratings(), row.ratings());
        assertEquals(interview(RETURN).notes().worries(), row.notes().worries());
        assertEquals(interview(RETURN).notes().workerAccount(), row.notes().workerAccount());
        assertEquals("work status", row.notes().workStatus());

        long created = interviews.create(bare, interview(RETURN.plusDays(14))).id();
        RetentionInterview createdRow = store.find(created).orElseThrow().value();
        assertTrue(createdRow.ratings().isEmpty());
        assertEquals(null, createdRow.notes().worries());
        assertEquals("8h", createdRow.notes().workVolume());
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(ValidationException.class, call::run).errors().stream().map(FieldError::field).toList();
    }
}
