package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.store.VisitStore;
import org.junit.Before;
import org.junit.Test;

public class TimelineServiceTest extends ServiceTestSupport {
    private TimelineStore store;

    @Before
    public void history() {
        store = new TimelineStore(ao);
        new VisitStore(ao).create(caseId, visit(RETURN));
        new InterviewStore(ao).create(caseId, interview(RETURN.plusDays(1)), keyOf(CaseRole.IN_COMPANY_COACH), T0);
        store.addComment(caseId, comment(1, 1001, CaseRole.CENTER_COACH));
        store.addComment(caseId, comment(2, 1002, CaseRole.HR));
        store.addComment(caseId, comment(3, 1001, null));
    }

    @Test
    public void pagesThroughEverythingNewestFirstWithoutRepeatsOrGaps() {
        actAs(CaseRole.CENTER_COACH);
        List<TimelineEntry> all = new ArrayList<>();
        TimelineQuery query = new TimelineQuery(Set.of(), Set.of(), 2, null);
        for (int round = 0; round < 5; round++) {
            TimelinePage page = timeline.page(caseId, query);
            all.addAll(page.entries());
            if (page.next().isEmpty()) {
                break;
            }
            query = query.next(page.nextCursor());
        }
        assertEquals(List.of(TimelineKind.COMMENT, TimelineKind.COMMENT, TimelineKind.COMMENT,
                TimelineKind.INTERVIEW, TimelineKind.VISIT), all.stream().map(TimelineEntry::kind).toList());
        assertEquals(CaseRole.IN_COMPANY_COACH, all.get(3).authorRole());
    }

    @Test
    public void commentsOnPagesTheViewerCannotViewNeverShow() {
        pages.hidden.add(1001L);
        actAs(CaseRole.CENTER_COACH);
        TimelinePage page = timeline.page(caseId, new TimelineQuery(Set.of(TimelineKind.COMMENT), Set.of(), 1, null));
        assertEquals(List.of(2L), page.entries().stream().map(TimelineEntry::sourceId).toList());
        assertEquals("no further page hints at the hidden ones", null, page.nextCursor());
    }

    @Test
    public void filtersByRoleAndShowsOnlyKindsTheRoleMaySee() {
        actAs(CaseRole.CENTER_COACH);
        TimelinePage byHr = timeline.page(caseId, new TimelineQuery(Set.of(), Set.of(CaseRole.HR), 10, null));
        assertEquals(List.of(2L), byHr.entries().stream().map(TimelineEntry::sourceId).toList());

        actAs(CaseRole.HR);
        Set<TimelineKind> kinds = new java.util.HashSet<>();
        timeline.page(caseId, TimelineQuery.newest()).entries().forEach(entry -> kinds.add(entry.kind()));
        assertEquals("HR sees neither visits nor interviews", Set.of(TimelineKind.COMMENT), kinds);

        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> timeline.page(caseId, TimelineQuery.newest()));
    }

    @Test
    public void authorsShowWithTheirRoleOnTheTeamAndARoleFilterKeepsOnlyThatRolesMembers() {
        actAs(CaseRole.CENTER_COACH);
        TimelinePage byCompanyCoach = timeline.page(caseId,
                new TimelineQuery(Set.of(), Set.of(CaseRole.IN_COMPANY_COACH), 10, null));
        assertEquals(List.of(TimelineKind.INTERVIEW), byCompanyCoach.entries().stream().map(TimelineEntry::kind).toList());
        assertEquals(CaseRole.IN_COMPANY_COACH, byCompanyCoach.entries().get(0).authorRole());

        TimelineEntry visit = timeline.page(caseId, new TimelineQuery(Set.of(TimelineKind.VISIT), Set.of(), 10, null))
                .entries().get(0);
        assertEquals("coach-a", visit.authorKey());
        assertEquals("not on the team: no role", null, visit.authorRole());
    }

    @Test
    public void authorsTakeTheirOwnCommentsOffTheTimelineAndNobodyElseCan() {
        store.addComment(caseId, TimelineEntry.comment(4, T0.plusSeconds(86_400L * 20), keyOf(CaseRole.CENTER_COACH),
                CaseRole.CENTER_COACH, "Page", "眠れていないと話していました", "/pages/1001#c4", 1001, DataCategory.CASE));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals("only the author may", Set.of(), timeline.page(caseId, TimelineQuery.newest()).removableComments());
        assertThrows(NotFoundException.class, () -> timeline.removeOwnComment(caseId, 4));
        assertThrows("nor someone else's on an author's behalf", NotFoundException.class, () -> timeline.removeOwnComment(caseId, 1));

        actAs(CaseRole.CENTER_COACH);
        TimelinePage before = timeline.page(caseId, TimelineQuery.newest());
        assertEquals(Set.of(4L), before.removableComments());
        assertTrue(before.removable(before.entries().get(0)));
        timeline.removeOwnComment(caseId, 4);
        assertEquals(List.of(3L, 2L, 1L), commentIds(timeline.page(caseId, TimelineQuery.newest())));
        assertThrows("gone is gone", NotFoundException.class, () -> timeline.removeOwnComment(caseId, 4));
        AuditEntry removal = auditStore.forCase(caseId, 0, 10).get(0);
        assertEquals(AuditAction.DELETE, removal.action());
        assertEquals(4L, removal.recordId());
        assertEquals("the field, never its text", List.of("excerpt"), removal.fields());

        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> timeline.removeOwnComment(caseId, 1));
    }

    private static List<Long> commentIds(TimelinePage page) {
        return page.entries().stream().filter(entry -> entry.kind() == TimelineKind.COMMENT).map(TimelineEntry::sourceId).toList();
    }

    private static TimelineEntry comment(long id, long pageId, CaseRole role) {
        return TimelineEntry.comment(id, T0.plusSeconds(86_400L * 10 + id), "author-" + id, role, "Page",
                "text " + id, "/pages/" + pageId, pageId, DataCategory.CASE);
    }

    @Test
    public void aCommentBySomeoneNotOnTheTeamStaysOffTheTimeline() {
        java.time.Instant at = T0.plusSeconds(86_400L * 30);
        assertFalse(timeline.recordComment(new TimelineService.NewComment(79, 1234, "面談", "outsider",
                "<p>同僚が復職したと聞いた</p>", "/pages/1234#c79", at)));
        assertFalse(timeline.recordComment(new TimelineService.NewComment(80, 1234, "面談", null, "<p>anonymous</p>",
                "/pages/1234#c80", at)));
        actAs(CaseRole.CENTER_COACH);
        assertEquals(List.of(3L, 2L, 1L), commentIds(timeline.page(caseId, TimelineQuery.newest())));
    }

    @Test
    public void withoutTheWorkersHealthConsentACoachSeesNoCommentOfTheConditionPage() {
        for (CaseRole role : CaseRole.values()) {
            consentStore.ledger(caseId).active(ConsentCategory.HEALTH, role, TODAY)
                    .ifPresent(given -> consentStore.revoke(given.id(), given.version(), NOW, keyOf(CaseRole.WORKER)));
        }
        new CasePageStore(ao).file(caseId, CasePageKind.CONDITION, 1300);
        String coach = keyOf(CaseRole.CENTER_COACH);
        java.time.Instant at = T0.plusSeconds(86_400L * 30);
        timeline.recordComment(new TimelineService.NewComment(91, 1300, "体調", coach, "<p>眠れていない</p>", "/pages/1300#c91", at));
        timeline.recordComment(new TimelineService.NewComment(92, ROOT_PAGE, "ホーム", coach, "<p>来週訪問</p>", "/pages/1000#c92", at));

        actAs(CaseRole.IN_COMPANY_COACH);
        int auditedBefore = auditStore.forCase(caseId, 0, 100).size();
        List<TimelineEntry> entries = timeline.page(caseId, new TimelineQuery(Set.of(TimelineKind.COMMENT), Set.of(), 10, null)).entries();
        assertEquals("the home page's comments only: the matrix allows HEALTH, the worker has not consented",
                List.of(92L, 3L, 2L, 1L), entries.stream().map(TimelineEntry::sourceId).toList());
        assertEquals("nothing health was shown, so no health read", auditedBefore, auditStore.forCase(caseId, 0, 100).size());
    }

    @Test
    public void aCommentTakesTheCategoryOfItsPageAndRolesWithoutItSeeNeitherTheEntryNorItsExcerpt() {
        CasePageStore casePageStore = new CasePageStore(ao);
        casePageStore.file(caseId, CasePageKind.CONDITION, 1300);
        casePageStore.file(caseId, CasePageKind.INTERVIEWS, 1400);
        java.time.Instant at = T0.plusSeconds(86_400L * 30);
        String coach = keyOf(CaseRole.CENTER_COACH);
        timeline.recordComment(new TimelineService.NewComment(81, 1300, "体調", coach, "<p>眠れていない</p>", "/pages/1300#c81", at));
        timeline.recordComment(new TimelineService.NewComment(82, 1400, "面談", coach, "<p>面談の日程</p>", "/pages/1400#c82", at));
        timeline.recordComment(new TimelineService.NewComment(83, ROOT_PAGE, "ホーム", coach, "<p>来週訪問</p>", "/pages/1000#c83", at));

        actAs(CaseRole.HR);
        TimelinePage forHr = timeline.page(caseId, new TimelineQuery(Set.of(TimelineKind.COMMENT), Set.of(), 4, null));
        assertEquals("the home page's, not the condition or interviews pages'", List.of(83L, 3L, 2L, 1L), commentIds(forHr));
        assertEquals("no further page hints at the others", null, forHr.nextCursor());
        assertFalse(forHr.entries().stream().anyMatch(entry -> entry.excerpt().contains("眠れていない")));

        actAs(CaseRole.CENTER_COACH);
        int auditedBefore = auditStore.forCase(caseId, 0, 100).size();
        List<TimelineEntry> forCoach = timeline.page(caseId, TimelineQuery.newest()).entries();
        // one instant: the newest comment id first
        assertEquals(List.of(DataCategory.CASE, DataCategory.INTERVIEWS, DataCategory.HEALTH),
                forCoach.stream().limit(3).map(TimelineEntry::category).toList());
        AuditEntry read = auditStore.forCase(caseId, 0, 100).get(0);
        assertEquals("the condition page's excerpt is a health read", auditedBefore + 1, auditStore.forCase(caseId, 0, 100).size());
        assertEquals(AuditAction.READ, read.action());
        assertEquals("HEALTH", read.category());
    }

    @Test
    public void aPageBelowAKindOfPageTakesItsCategoryAndAnyOtherPageOfTheTreeIsCaseTalk() {
        Map<CasePageKind, Long> filed = Map.of(CasePageKind.CONDITION, 1300L, CasePageKind.PLAN, 1200L);
        assertEquals(DataCategory.HEALTH, TimelineService.categoryOf(
                new CaseService.PageInCase(caseId, List.of(1301L, 1300L, ROOT_PAGE)), filed));
        assertEquals(DataCategory.PLAN, TimelineService.categoryOf(
                new CaseService.PageInCase(caseId, List.of(1200L, ROOT_PAGE)), filed));
        assertEquals(DataCategory.CASE, TimelineService.categoryOf(
                new CaseService.PageInCase(caseId, List.of(1500L, ROOT_PAGE)), filed));
        assertEquals(DataCategory.CASE, TimelineService.categoryOf(new CaseService.PageInCase(caseId, List.of(ROOT_PAGE)), filed));
    }

    @Test
    public void aCommentOnAPageOfTheCaseTreeIsRecordedWithTheAuthorsRoleAndPlainExcerpt() {
        java.time.Instant at = T0.plusSeconds(86_400L * 30);
        assertEquals(true, timeline.recordComment(new TimelineService.NewComment(77, 1234, "面談", "CENTER_COACH",
                "<p>次回は<script>x</script>&lt;b&gt;</p>", "/pages/1234#c77", at)));
        assertEquals(false, timeline.recordComment(new TimelineService.NewComment(78, 5000, "other", "CENTER_COACH",
                "<p>elsewhere</p>", "/pages/5000", at)));

        actAs(CaseRole.IN_COMPANY_COACH);
        TimelineEntry newest = timeline.page(caseId, TimelineQuery.newest()).entries().get(0);
        assertEquals(TimelineEntry.comment(77, at, "CENTER_COACH", CaseRole.CENTER_COACH, "面談", "次回は<b>",
                "/pages/1234#c77", 1234, DataCategory.CASE), newest);
    }
}
