package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.supportCase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertThrows;

import java.util.List;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.WorkerRef;
import org.junit.Before;
import org.junit.Test;

public class CaseStoreTest extends StoreTestSupport {
    private CaseStore store;

    @Before
    public void setUp() {
        store = new CaseStore(ao);
    }

    @Test
    public void readsBackWhatWasCreated() {
        Stored<SupportCase> created = store.create(supportCase(), StoreFixtures.YEAR);

        Stored<SupportCase> read = store.find(created.id()).orElseThrow();

        assertEquals(1, read.version());
        assertEquals(created.id(), read.caseId());
        assertEquals(supportCase().numbered(new CaseNumber(StoreFixtures.YEAR, 1)), read.value());
    }

    @Test
    public void casesAreNumberedWithinTheirYearAndKeepTheirTitleChoice() {
        store.create(supportCase(), 2026);
        SupportCase named = new SupportCase(supportCase().worker(), null, null, null, List.of(), CasePhase.INTAKE, null,
                null, PageTitles.WORKER_NAME);
        Stored<SupportCase> second = store.create(named, 2026);
        Stored<SupportCase> nextYear = store.create(supportCase(), 2027);

        assertEquals("2026-0002", store.find(second.id()).orElseThrow().value().number().text());
        assertEquals(PageTitles.WORKER_NAME, store.find(second.id()).orElseThrow().value().titles());
        assertEquals(new CaseNumber(2027, 1), store.find(nextYear.id()).orElseThrow().value().number());
        assertFalse(store.find(nextYear.id()).orElseThrow().value().titledByName());
    }

    @Test
    public void aNumberIsGivenOnceEvenWhenItsCaseIsGoneAndATakenOneIsAStaleWrite() {
        Stored<SupportCase> first = store.create(supportCase(), 2026);
        ao.delete(ao.get(SupportCaseEntity.class, (int) first.id()));
        assertEquals(new CaseNumber(2026, 2), store.create(supportCase(), 2026).value().number());

        // the claims are the ledger of numbers: a claimed one is never given again, whoever holds it
        ao.create(VersionClaimEntity.class, new net.java.ao.DBParam("CLAIM_KEY", "case-number:2027:000001:1"));
        assertEquals(new CaseNumber(2027, 2), store.create(supportCase(), 2027).value().number());
    }

    @Test
    public void aCaseFromBeforeNumbersHasNoneAndIsTitledByTheWorkersName() {
        Stored<SupportCase> created = store.create(supportCase(), StoreFixtures.YEAR);
        SupportCaseEntity row = ao.get(SupportCaseEntity.class, (int) created.id());
        row.setLabelYear(null);
        row.setLabelNumber(null);
        row.setPageTitles(null);
        row.save();

        SupportCase read = store.find(created.id()).orElseThrow().value();
        assertNull(read.number());
        assertEquals(PageTitles.WORKER_NAME, read.titles());
        assertTrue(read.titledByName());
    }

    @Test
    public void whetherThePagesWaitForTheirRestrictionsIsKeptPerCase() {
        Stored<SupportCase> one = store.create(supportCase(), StoreFixtures.YEAR);
        Stored<SupportCase> two = store.create(supportCase(), StoreFixtures.YEAR);
        assertFalse(store.restrictionsPending(one.id()));

        store.setRestrictionsPending(one.id(), true);
        assertTrue(store.restrictionsPending(one.id()));
        assertFalse(store.restrictionsPending(two.id()));
        store.setRestrictionsPending(one.id(), false);
        assertFalse(store.restrictionsPending(one.id()));
        assertFalse("no such case", store.restrictionsPending(999_999));
    }

    @Test
    public void aWorkerWithoutAccountOrDatesRoundTrips() {
        SupportCase atHiring = SupportCase.intake(WorkerRef.named("山田"), null, null, null);
        assertEquals(atHiring.numbered(new CaseNumber(StoreFixtures.YEAR, 1)),
                store.find(store.create(atHiring, StoreFixtures.YEAR).id()).orElseThrow().value());
    }

    @Test
    public void updateRaisesTheVersionAndReplacesTheSupports() {
        Stored<SupportCase> created = store.create(supportCase(), StoreFixtures.YEAR);
        SupportCase changed = created.value().withSupports(List.of()).withRootPage(2000L);

        Stored<SupportCase> updated = store.update(created.id(), 1, changed);

        assertEquals(2, updated.version());
        assertEquals(changed, store.find(created.id()).orElseThrow().value());
    }

    @Test
    public void aStaleWriteIsRefusedAndChangesNothing() {
        Stored<SupportCase> created = store.create(supportCase(), StoreFixtures.YEAR);
        store.update(created.id(), 1, supportCase().withRootPage(5L));

        assertThrows(StaleWriteException.class, () -> store.update(created.id(), 1, supportCase()));
        assertEquals(Long.valueOf(5L), store.find(created.id()).orElseThrow().value().rootPageId());
    }

    @Test
    public void findsCasesByTheirRootPageAndByMember() {
        Stored<SupportCase> one = store.create(supportCase().withRootPage(11L), StoreFixtures.YEAR);
        Stored<SupportCase> two = store.create(supportCase().withRootPage(12L), StoreFixtures.YEAR);
        TeamStore teams = new TeamStore(ao);
        teams.add(two.id(), TeamMember.of("u", CaseRole.HR));
        teams.add(one.id(), TeamMember.of("u", CaseRole.SUPERVISOR));
        teams.add(one.id(), TeamMember.of("u", CaseRole.IN_COMPANY_COACH));

        assertEquals(List.of(one.id()), store.findByRootPages(List.of(11L, 99L)).stream().map(Stored::id).toList());
        // by id, each case once though "u" holds two roles on one, with its support types
        assertEquals("newest first", List.of(two, one), store.ofMember("u", null, 10));
        assertEquals(List.of(), store.ofMember("nobody", null, 10));
        assertEquals(List.of(), store.findByRootPages(List.of()));
    }

    @Test
    public void aRemovedMemberNoLongerHasTheCase() {
        Stored<SupportCase> one = store.create(supportCase(), StoreFixtures.YEAR);
        Stored<SupportCase> two = store.create(supportCase(), StoreFixtures.YEAR);
        TeamStore teams = new TeamStore(ao);
        teams.add(one.id(), TeamMember.of("oh-1", CaseRole.COUNSELOR));
        teams.add(two.id(), TeamMember.of("oh-1", CaseRole.HR));

        teams.remove(one.id(), "oh-1");

        assertEquals(List.of(two), store.ofMember("oh-1", null, 10));
    }

    @Test
    public void manyRootPagesAreAskedForInListsOfAtMostAThousand() {
        Stored<SupportCase> last = store.create(supportCase().withRootPage(2_500L), StoreFixtures.YEAR);
        List<Long> pages = java.util.stream.LongStream.rangeClosed(1, 2_500).boxed().toList();

        List<Integer> listSizes = InLists.sizesWhile(entityManager, () -> store.findByRootPages(pages));

        assertEquals(List.of(last.id()), store.findByRootPages(pages).stream().map(Stored::id).toList());
        assertEquals(List.of(1000, 1000, 500), listSizes);
    }

    @Test
    public void anUnknownIdIsEmpty() {
        assertFalse(store.find(424242).isPresent());
        assertFalse(store.find(-1).isPresent());
        assertFalse(store.find(Long.MAX_VALUE).isPresent());
    }

    @Test
    public void keepsThePhaseHistoryInOrder() {
        PhaseChange first = new PhaseChange(CasePhase.INTAKE, CasePhase.PLANNING, "counselor", T0);
        PhaseChange second = new PhaseChange(CasePhase.PLANNING, CasePhase.SUPPORT, "coach", T0.plusSeconds(60));
        store.addPhaseChange(7, second);
        store.addPhaseChange(7, first);
        store.addPhaseChange(8, first);

        assertEquals(List.of(first, second), store.phaseChanges(7));
    }
}
