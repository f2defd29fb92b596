package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.domain.PageRequest;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static jp.jobcoach.workspace.store.StoreFixtures.supportCase;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static jp.jobcoach.workspace.store.StoreFixtures.visitBy;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.TeamRemoval;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Test;

/** Validation, conflicts, phase rules and auditing through the services. */
public class ServiceRulesTest extends ServiceTestSupport {
    private static final long OTHER_TREE = 2000L;

    @Test
    public void invalidInputIsRefusedAndNothingIsSaved() {
        actAs(CaseRole.CENTER_COACH);
        VisitRecord noCoach = new VisitRecord(RETURN, List.of(), null, null, null, null, null);
        ValidationException refused = assertThrows(ValidationException.class, () -> visits.create(caseId, noCoach));
        assertEquals(List.of("coachKeys", "kind"), refused.errors().stream().map(e -> e.field()).toList());
        assertTrue(visits.overview(caseId, PageRequest.first(1)).visits().items().isEmpty());
        assertTrue(auditStore.forCase(caseId, 0, 10).isEmpty());
    }

    @Test
    public void aStaleCaseUpdateGetsTheCurrentStateAndChangesNothing() {
        actAs(CaseRole.COUNSELOR);
        SupportCase renamed = new SupportCase(WorkerRef.named("B"), "営業部", null, null, List.of(), CasePhase.INTAKE, ROOT_PAGE);
        cases.update(caseId, 1, renamed);

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> cases.update(caseId, 1, supportCase()));

        assertEquals(2, ((Stored<?>) stale.current()).version());
        assertEquals("営業部", caseStore.find(caseId).orElseThrow().value().department());
    }

    @Test
    public void staleAccommodationAndVisitWritesConflict() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Stored<Accommodation> created = accommodations.create(caseId, accommodation());
        accommodations.liftStep(caseId, created.id(), 1, 0, RETURN.plusMonths(1));
        assertThrows(StaleVersionException.class, () -> accommodations.recordReview(caseId, created.id(), 1, RETURN));
        assertThrows(StaleVersionException.class, () -> accommodations.delete(caseId, created.id(), 1));
        assertEquals("OCCUPATIONAL_HEALTH", accommodations.list(caseId).get(0).value().steps().get(0).approvedBy());

        actAs(CaseRole.CENTER_COACH);
        Stored<VisitRecord> visit = visits.create(caseId, ownVisit(RETURN));
        visits.update(caseId, visit.id(), 1, ownVisit(RETURN.plusDays(1)));
        assertThrows(StaleVersionException.class, () -> visits.update(caseId, visit.id(), 1, ownVisit(RETURN)));
        visits.delete(caseId, visit.id(), 2);
        assertTrue(visits.overview(caseId, PageRequest.first(1)).visits().items().isEmpty());
    }

    /** A visit the acting center coach made with coach-b. */
    private static VisitRecord ownVisit(java.time.LocalDate date) {
        return visitBy(date, keyOf(CaseRole.CENTER_COACH));
    }

    @Test
    public void aVisitIsChangedOrDeletedOnlyByItsCoachesAndTheCounselor() {
        actAs(CaseRole.CENTER_COACH);
        Stored<VisitRecord> own = visits.create(caseId, ownVisit(RETURN));
        Stored<VisitRecord> others = visits.create(caseId, visit(RETURN.plusDays(1)));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> visits.update(caseId, others.id(), 1, visit(RETURN)));
        assertEquals(VisitRecord.AUTHORS_ONLY, denied.messageKey());
        assertThrows(AccessDeniedException.class, () -> visits.delete(caseId, others.id(), 1));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertThrows(AccessDeniedException.class, () -> visits.update(caseId, own.id(), 1, ownVisit(RETURN)));
        assertThrows(AccessDeniedException.class, () -> visits.delete(caseId, own.id(), 1));
        Stored<VisitRecord> companyCoachs = visits.create(caseId, visitBy(RETURN, keyOf(CaseRole.IN_COMPANY_COACH)));
        visits.update(caseId, companyCoachs.id(), 1, visitBy(RETURN.plusDays(2), keyOf(CaseRole.IN_COMPANY_COACH)));
        actAs(CaseRole.COUNSELOR);
        visits.update(caseId, own.id(), 1, ownVisit(RETURN.plusDays(3)));
        visits.delete(caseId, others.id(), 1);
        assertEquals(List.of(own.id(), companyCoachs.id()), visits.overview(caseId, PageRequest.first(5)).visits().items()
                .stream().map(Stored::id).sorted().toList());
        assertEquals(AuditAction.DELETE, auditStore.forCase(caseId, 0, 1).get(0).action());
    }

    @Test
    public void recordsOfAnotherCaseAreNotFoundThroughThisOne() {
        actAs(CaseRole.CENTER_COACH);
        long otherCase = caseWithEveryRole().id();
        Stored<VisitRecord> elsewhere = visits.create(otherCase, visit(RETURN));
        assertThrows(NotFoundException.class, () -> visits.update(caseId, elsewhere.id(), 1, visit(RETURN)));
    }

    @Test
    public void supportStartsOnlyOnceEveryPartyAgreedTheCurrentRevision() {
        actAs(CaseRole.COUNSELOR);
        cases.movePhase(caseId, 1, CasePhase.PLANNING);
        plans.revise(caseId, 0, planContent("draft"));
        assertThrows(ValidationException.class, () -> cases.movePhase(caseId, 2, CasePhase.SUPPORT));

        for (CaseRole role : List.of(CaseRole.WORKER, CaseRole.SUPERVISOR, CaseRole.CENTER_COACH)) {
            actAs(role);
            plans.agree(caseId, 1, role);
        }
        actAs(CaseRole.COUNSELOR);
        cases.movePhase(caseId, 2, CasePhase.SUPPORT);

        assertEquals(CasePhase.SUPPORT, cases.get(caseId).stored().value().phase());
        assertEquals(List.of(CasePhase.PLANNING, CasePhase.SUPPORT),
                cases.phaseHistory(caseId).stream().map(PhaseChange::to).toList());
    }

    /**
     * A worker without an account and a supervisor who signed the printout: the counselor records both agreements on
     * paper, the center coach agrees in the product, and support starts. Only the counselor records, only for the
     * worker and the company, on a day between the revision and today; each is audited with how and when.
     */
    @Test
    public void theCounselorRecordsAgreementsGivenOnPaperAndSupportStarts() {
        actAs(CaseRole.COUNSELOR);
        cases.movePhase(caseId, 1, CasePhase.PLANNING);
        plans.revise(caseId, 0, planContent("draft"));
        PaperAgreement signed = new PaperAgreement(TODAY, AgreementMethod.SIGNED_IN_PERSON, "佐藤 花子");
        assertEquals(List.of(PlanService.NOT_ON_PAPER), messageKeys(() -> plans.agreeOnPaper(caseId, 1, CaseRole.CENTER_COACH, signed)));
        assertEquals(List.of(PaperAgreement.NOT_IN_FUTURE), messageKeys(() -> plans.agreeOnPaper(caseId, 1, CaseRole.WORKER,
                new PaperAgreement(TODAY.plusDays(1), AgreementMethod.SIGNED_BY_POST, null))));
        assertEquals(List.of(PaperAgreement.BEFORE_REVISION), messageKeys(() -> plans.agreeOnPaper(caseId, 1, CaseRole.WORKER,
                new PaperAgreement(TODAY.minusDays(1), AgreementMethod.SIGNED_BY_POST, null))));
        assertEquals(List.of(Check.REQUIRED), messageKeys(() -> plans.agreeOnPaper(caseId, 1, CaseRole.WORKER,
                new PaperAgreement(TODAY, null, null))));
        assertThrows(StaleVersionException.class, () -> plans.agreeOnPaper(caseId, 0, CaseRole.WORKER, signed));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertThrows(AccessDeniedException.class, () -> plans.agreeOnPaper(caseId, 1, CaseRole.SUPERVISOR, signed));

        actAs(CaseRole.COUNSELOR);
        plans.agreeOnPaper(caseId, 1, CaseRole.WORKER, signed);
        SupportPlan recorded = plans.agreeOnPaper(caseId, 1, CaseRole.SUPERVISOR,
                new PaperAgreement(TODAY, AgreementMethod.ORALLY_AT_MEETING, null));
        assertEquals("recording the party again changes nothing", recorded,
                plans.agreeOnPaper(caseId, 1, CaseRole.IN_COMPANY_COACH, signed));
        Agreement worker = recorded.currentAgreements().get(0);
        assertEquals(keyOf(CaseRole.COUNSELOR), worker.userKey());
        assertEquals(signed, worker.paper());
        assertEquals(List.of("role", "revision", "signedOn", "method", "signer"), auditStore.forCase(caseId, 1, 1).get(0).fields());
        assertEquals(java.util.Set.of(jp.jobcoach.workspace.domain.AgreementParty.CENTER), recorded.missingParties());
        actAs(CaseRole.CENTER_COACH);
        plans.agree(caseId, 1, CaseRole.CENTER_COACH);
        actAs(CaseRole.COUNSELOR);
        cases.movePhase(caseId, 2, CasePhase.SUPPORT);
        assertEquals(CasePhase.SUPPORT, cases.get(caseId).stored().value().phase());
    }

    private static List<String> messageKeys(org.junit.function.ThrowingRunnable call) {
        return assertThrows(ValidationException.class, call).errors().stream().map(error -> error.messageKey()).toList();
    }

    @Test
    public void aRevisionFromAnOldRevisionConflictsAndARevisionNeedsAgreeingAgain() {
        actAs(CaseRole.CENTER_COACH);
        plans.revise(caseId, 0, planContent("one"));
        plans.agree(caseId, 1, CaseRole.CENTER_COACH);
        SupportPlan two = plans.revise(caseId, 1, planContent("two"));

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> plans.revise(caseId, 1, planContent("x")));
        assertEquals("the plan as it stands: its current revision and the agreements",
                new SupportPlan(List.of(two.current()), two.agreements()), stale.current());
        assertTrue(two.currentAgreements().isEmpty());
        assertEquals(List.of("currentSituation"), plans.diff(caseId, 1, 2).changes().stream().map(c -> c.field()).toList());
        assertThrows(NotFoundException.class, () -> plans.diff(caseId, 1, 9));
        assertThrows(StaleVersionException.class, () -> plans.agree(caseId, 1, CaseRole.CENTER_COACH));
    }

    @Test
    public void oneAgreesOnlyInARoleOneHoldsAndThatSpeaksForAParty() {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("one"));
        actAs(CaseRole.HR);
        assertThrows(AccessDeniedException.class, () -> plans.agree(caseId, 1, CaseRole.HR));
        actAs(CaseRole.WORKER);
        assertThrows(ValidationException.class, () -> plans.agree(caseId, 1, CaseRole.CENTER_COACH));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        assertThrows(ValidationException.class, () -> plans.agree(caseId, 1, CaseRole.OCCUPATIONAL_HEALTH));
    }

    @Test
    public void writesAreAuditedWithFieldNamesOnlyAndHealthReadsToo() {
        actAs(CaseRole.COUNSELOR);
        SupportCase moved = new SupportCase(supportCase().worker(), "総務部", supportCase().leaveStart(),
                supportCase().returnDate(), supportCase().supports(), CasePhase.INTAKE, ROOT_PAGE);
        cases.update(caseId, 1, moved);
        actAs(CaseRole.WORKER);
        guard.healthRead(guard.require(caseId, DataCategory.CASE, Access.VIEW), jp.jobcoach.workspace.domain.consent.ConsentCategory.WORKER_ACCOUNT);

        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        List<AuditEntry> log = audits.page(caseId, AuditQuery.newest(10)).entries();
        assertEquals(List.of(AuditAction.READ, AuditAction.UPDATE), log.stream().map(AuditEntry::action).toList());
        assertEquals("WORKER", log.get(0).actorKey());
        assertEquals(List.of("department"), log.get(1).fields());
        assertFalse(log.toString().contains("総務部"));
    }

    @Test
    public void aCaseIsFoundFromAnyPageOfItsTreeAndListedForItsMembers() {
        actAs(CaseRole.HR);
        assertEquals(List.of(caseId), cases.caseOfPage(1234).stream().toList());
        assertTrue(cases.caseOfPage(5555).isEmpty());
        assertEquals(List.of(caseId), cases.mine(PageRequest.first(10)).items().stream().map(Stored::id).toList());
        user.key = "stranger";
        assertTrue(cases.mine(PageRequest.first(10)).items().isEmpty());
    }

    @Test
    public void onlyRolesThatEditCasesOpenOneAndTheCreatorJoinsItsTeam() {
        user.key = "new-counselor";
        Stored<SupportCase> created = cases.create(supportCase().withRootPage(OTHER_TREE), CaseRole.COUNSELOR);
        assertEquals(CasePhase.INTAKE, created.value().phase());
        assertEquals(Set.of(CaseRole.COUNSELOR), teams.team(created.id()).rolesOf("new-counselor"));
        assertThrows(ValidationException.class, () -> cases.create(supportCase().withRootPage(3000), CaseRole.HR));
        pages.hidden.add(4000L);
        assertThrows(NotFoundException.class, () -> cases.create(supportCase().withRootPage(4000), CaseRole.COUNSELOR));
    }

    @Test
    public void aPageTreeHoldsOneCaseSoNoSecondCaseOpensOnAnyOfItsPages() {
        user.key = "new-counselor";
        int before = caseStore.findByRootPages(List.of(ROOT_PAGE, 1234L)).size();
        for (long page : List.of(ROOT_PAGE, 1234L)) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> cases.create(supportCase().withRootPage(page), CaseRole.COUNSELOR));
            assertEquals(List.of(CaseService.PAGE_HAS_A_CASE),
                    refused.errors().stream().map(error -> error.messageKey()).toList());
        }
        assertEquals(before, caseStore.findByRootPages(List.of(ROOT_PAGE, 1234L)).size());
    }

    @Test
    public void aCaseMovesOnlyToAPageTreeTheEditorMayViewAndThatHasNoOtherCase() {
        user.key = "new-counselor";
        cases.create(supportCase().withRootPage(OTHER_TREE), CaseRole.COUNSELOR);
        actAs(CaseRole.COUNSELOR);
        for (long page : List.of(OTHER_TREE, OTHER_TREE + 34)) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> cases.update(caseId, 1, supportCase().withRootPage(page)));
            assertEquals(List.of(CaseService.PAGE_HAS_A_CASE),
                    refused.errors().stream().map(error -> error.messageKey()).toList());
        }
        pages.hidden.add(5000L);
        assertThrows(NotFoundException.class, () -> cases.update(caseId, 1, supportCase().withRootPage(5000L)));
        assertEquals(Long.valueOf(ROOT_PAGE), caseStore.find(caseId).orElseThrow().value().rootPageId());

        cases.update(caseId, 1, supportCase().withRootPage(ROOT_PAGE + 5));
        assertEquals(Long.valueOf(ROOT_PAGE + 5), caseStore.find(caseId).orElseThrow().value().rootPageId());
    }

    @Test
    public void nobodyGivesThemselvesARoleSoACoachCannotBecomeOccupationalHealth() {
        actAs(CaseRole.CENTER_COACH);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> teams.add(caseId, TeamMember.of(keyOf(CaseRole.CENTER_COACH), CaseRole.OCCUPATIONAL_HEALTH)));
        assertEquals(List.of(TeamService.OWN_ROLE), refused.errors().stream().map(error -> error.messageKey()).toList());
        assertEquals(Set.of(CaseRole.CENTER_COACH), teamStore.team(caseId).rolesOf(keyOf(CaseRole.CENTER_COACH)));
        teams.add(caseId, TeamMember.of("new-nurse", CaseRole.OCCUPATIONAL_HEALTH));
        assertEquals(Set.of(CaseRole.OCCUPATIONAL_HEALTH), teamStore.team(caseId).rolesOf("new-nurse"));
    }

    @Test
    public void nobodyRemovesThemselvesSoTheTeamKeepsSomeoneWhoCanChangeIt() {
        actAs(CaseRole.COUNSELOR);
        ValidationException refused = assertThrows(ValidationException.class, () -> teams.remove(caseId, keyOf(CaseRole.COUNSELOR)));
        assertEquals(List.of(TeamService.OWN_REMOVAL), refused.errors().stream().map(error -> error.messageKey()).toList());
        assertEquals(Set.of(CaseRole.COUNSELOR), teamStore.team(caseId).rolesOf(keyOf(CaseRole.COUNSELOR)));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        teams.remove(caseId, keyOf(CaseRole.HR));
        assertTrue(teamStore.team(caseId).rolesOf(keyOf(CaseRole.HR)).isEmpty());
    }

    /** The in-company coach, or any company-side member, cannot take the center's staff or the worker off the case. */
    @Test
    public void onlyACounselorRemovesTheCentersStaffAndTheCompanySideRemovesItsOwnPeople() {
        teamStore.add(caseId, TeamMember.centerCoach("coach-2", jp.jobcoach.workspace.domain.CenterCoachSlot.SECONDARY));
        for (CaseRole actor : new CaseRole[] {CaseRole.IN_COMPANY_COACH, CaseRole.OCCUPATIONAL_HEALTH, CaseRole.CENTER_COACH}) {
            actAs(actor);
            for (String staff : new String[] {keyOf(CaseRole.COUNSELOR), "coach-2"}) {
                AccessDeniedException denied = assertThrows(actor + " " + staff, AccessDeniedException.class,
                        () -> teams.remove(caseId, staff));
                assertEquals(TeamRemoval.CENTER_STAFF, denied.messageKey());
            }
            ValidationException worker = assertThrows(ValidationException.class, () -> teams.remove(caseId, keyOf(CaseRole.WORKER)));
            assertEquals(List.of(TeamRemoval.KEEPS_WORKER), worker.errors().stream().map(error -> error.messageKey()).toList());
        }
        assertEquals("nothing was removed", CaseRole.values().length + 1, teamStore.team(caseId).members().size());
        actAs(CaseRole.IN_COMPANY_COACH);
        teams.remove(caseId, keyOf(CaseRole.SUPERVISOR));
        assertTrue(teamStore.team(caseId).rolesOf(keyOf(CaseRole.SUPERVISOR)).isEmpty());
        assertTrue("audited", auditStore.forCase(caseId, 0, 5).stream().anyMatch(entry -> entry.action() == AuditAction.DELETE
                && entry.category().equals("TEAM") && entry.actorKey().equals(keyOf(CaseRole.IN_COMPANY_COACH))));
    }

    /** A case keeps a counselor and a center coach: the replacement comes first, then the counselor removes the one leaving. */
    @Test
    public void theCounselorRemovesCenterStaffButNeverTheLastCounselorOrCenterCoach() {
        actAs(CaseRole.COUNSELOR);
        ValidationException last = assertThrows(ValidationException.class, () -> teams.remove(caseId, keyOf(CaseRole.CENTER_COACH)));
        assertEquals(List.of(TeamRemoval.KEEPS_CENTER_COACH), last.errors().stream().map(error -> error.messageKey()).toList());
        teams.add(caseId, TeamMember.centerCoach("coach-2", jp.jobcoach.workspace.domain.CenterCoachSlot.SECONDARY));
        teams.remove(caseId, keyOf(CaseRole.CENTER_COACH));
        assertEquals(Set.of(CaseRole.CENTER_COACH), teamStore.team(caseId).rolesOf("coach-2"));
        teams.add(caseId, TeamMember.of("counselor-2", CaseRole.COUNSELOR));
        user.key = "counselor-2";
        teams.remove(caseId, keyOf(CaseRole.COUNSELOR));
        ValidationException lastCounselor = assertThrows(ValidationException.class,
                () -> teams.remove(caseId, "counselor-2"));
        assertEquals(List.of(TeamService.OWN_REMOVAL), lastCounselor.errors().stream().map(error -> error.messageKey()).toList());
        assertEquals(List.of(TeamRemoval.KEEPS_COUNSELOR), TeamRemoval.keeps(teamStore.team(caseId), "counselor-2")
                .stream().map(error -> error.messageKey()).toList());
    }

    @Test
    public void aPersonIsAddedByUserNameAndStoredByKey() {
        people.usernames.put("ito.yumi", "key-of-ito");
        actAs(CaseRole.COUNSELOR);
        teams.addPerson(caseId, "ito.yumi", CaseRole.SUPERVISOR, null);
        assertEquals(Set.of(CaseRole.SUPERVISOR), teamStore.team(caseId).rolesOf("key-of-ito"));
        assertTrue(teamStore.team(caseId).rolesOf("ito.yumi").isEmpty());
        for (String unknown : new String[] {"nobody", " "}) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> teams.addPerson(caseId, unknown, CaseRole.SUPERVISOR, null));
            assertEquals(unknown.isBlank() ? "jobcoach.validation.required" : TeamService.UNKNOWN_USER,
                    refused.errors().get(0).messageKey());
        }
    }

    @Test
    public void anUpdateWithoutAPageKeepsTheCasesPageTreeAndSoItsViewCheck() {
        actAs(CaseRole.COUNSELOR);
        SupportCase unlinked = new SupportCase(supportCase().worker(), "総務部", supportCase().leaveStart(),
                supportCase().returnDate(), supportCase().supports(), CasePhase.INTAKE, null);
        cases.update(caseId, 1, unlinked);
        assertEquals(Long.valueOf(ROOT_PAGE), caseStore.find(caseId).orElseThrow().value().rootPageId());
        pages.hidden.add(ROOT_PAGE);
        assertThrows(NotFoundException.class, () -> cases.get(caseId));
    }

    @Test
    public void accommodationsDueForReviewAndTalliesForEveryMember() {
        actAs(CaseRole.HR);
        Accommodation due = new Accommodation("残業禁止", null, List.of(), List.of(TODAY.minusDays(1)), List.of(), null);
        accommodations.create(caseId, due);
        accommodations.create(caseId, accommodation());
        assertEquals(List.of(due), accommodations.dueForReview(caseId).stream().map(Stored::value).toList());
        assertTrue(visits.tallies(caseId).isEmpty());
        assertThrows(AccessDeniedException.class, () -> visits.overview(caseId, PageRequest.first(1)));
    }
}
