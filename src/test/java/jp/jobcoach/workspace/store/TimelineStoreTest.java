package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import org.junit.Before;
import org.junit.Test;

public class TimelineStoreTest extends StoreTestSupport {
    private TimelineStore store;

    @Before
    public void setUp() {
        store = new TimelineStore(ao);
    }

    @Test
    public void commentsPageByKeysetThroughTiesAndOnlyFromVisiblePagesAndWantedRoles() {
        for (long id = 1; id <= 5; id++) {
            store.addComment(1, comment(id, id <= 3 ? T0 : T0.plusSeconds(60), 1001, CaseRole.CENTER_COACH));
        }
        store.addComment(1, comment(6, T0, 1002, CaseRole.CENTER_COACH));
        store.addComment(1, comment(7, T0, 1001, CaseRole.HR));
        store.addComment(1, comment(5, T0, 1001, CaseRole.HR));
        store.addComment(2, comment(8, T0, 2001, CaseRole.CENTER_COACH));

        assertEquals(Set.of(1001L, 1002L), store.commentedPages(1));
        List<Long> seen = new ArrayList<>();
        TimelineCursor after = null;
        for (int round = 0; round < 5; round++) {
            List<TimelineEntry> page = store.read(TimelineKind.COMMENT,
                    new TimelineRead(1, after, Visibility.anyone(), Visibility.only(Set.of(CaseRole.CENTER_COACH)),
                            Visibility.only(Set.of(1001L)), Visibility.anyone(), 2));
            page.forEach(entry -> seen.add(entry.sourceId()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).position();
        }
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), seen);
    }

    @Test
    public void dayDatedRecordsPageByKeysetAndFilterByAuthor() {
        VisitStore visits = new VisitStore(ao);
        long a = visits.create(1, visit(RETURN)).id();
        long b = visits.create(1, visit(RETURN)).id();
        long c = visits.create(1, visit(RETURN.plusDays(1))).id();

        List<TimelineEntry> first = store.read(TimelineKind.VISIT, read(null, Visibility.anyone()));
        assertEquals(List.of(c, b, a), first.stream().map(TimelineEntry::sourceId).toList());
        assertEquals(List.of(a), ids(store.read(TimelineKind.VISIT, read(first.get(1).position(), Visibility.anyone()))));
        TimelineCursor laterKindSameInstant = new TimelineCursor(TimelineStore.startOf(RETURN), TimelineKind.COMMENT, 1);
        assertEquals(List.of(), ids(store.read(TimelineKind.VISIT, read(laterKindSameInstant, Visibility.anyone()))));
        TimelineCursor midDay = new TimelineCursor(TimelineStore.startOf(RETURN).plusSeconds(3600), TimelineKind.COMMENT, 1);
        assertEquals(List.of(b, a), ids(store.read(TimelineKind.VISIT, read(midDay, Visibility.anyone()))));
        assertEquals(List.of(), ids(store.read(TimelineKind.VISIT, read(null, Visibility.only(Set.of("someone else"))))));
        assertEquals(List.of(c, b, a), ids(store.read(TimelineKind.VISIT, read(null, Visibility.only(Set.of("coach-a"))))));
        assertEquals("the role is the team's to say, not the table's", null, first.get(0).authorRole());
    }

    @Test
    public void aReadThatAllowsNobodyAsksTheDatabaseNothing() {
        new VisitStore(ao).create(1, visit(RETURN));
        store.addComment(1, comment(1, T0, 1001, CaseRole.CENTER_COACH));
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            for (TimelineKind kind : TimelineKind.values()) {
                assertEquals(kind + " by nobody", List.of(), store.read(kind, read(null, Visibility.nobody())));
            }
            assertEquals("comments by roles nobody has", List.of(), store.read(TimelineKind.COMMENT, new TimelineRead(1,
                    null, Visibility.anyone(), Visibility.nobody(), Visibility.only(Set.of(1001L)), Visibility.anyone(), 10)));
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        assertEquals(List.of(), statements);
        assertEquals("authors restrict the other kinds, not comments", List.of(1L), ids(store.read(TimelineKind.COMMENT,
                new TimelineRead(1, null, Visibility.nobody(), Visibility.anyone(), Visibility.only(Set.of(1001L)), Visibility.anyone(), 10))));
    }

    @Test
    public void commentsComeOnlyInTheCategoriesReadAndARowWithoutOneIsHealths() {
        store.addComment(1, comment(1, T0, 1001, CaseRole.CENTER_COACH));
        store.addComment(1, TimelineEntry.comment(2, T0, "author", CaseRole.CENTER_COACH, "体調", "excerpt 2", "/p/1300",
                1300, DataCategory.HEALTH));
        // a row stored before comments carried their page's category
        ao.create(TimelineCommentEntity.class, new DBParam("CASE_ID", 1L), new DBParam("PAGE_ID", 1001L),
                new DBParam("COMMENT_ID", 3L), new DBParam("CREATED_AT", java.util.Date.from(T0)));

        assertEquals(List.of(1L), ids(comments(Visibility.only(Set.of(DataCategory.CASE, DataCategory.PLAN)))));
        assertEquals(List.of(3L, 2L), ids(comments(Visibility.only(Set.of(DataCategory.HEALTH)))));
        assertEquals(List.of(3L, 2L, 1L), ids(comments(Visibility.anyone())));
        assertEquals(DataCategory.HEALTH, comments(Visibility.anyone()).get(0).category());
        assertEquals(Set.of(1001L, 1300L), store.commentedPages(1));
    }

    private List<TimelineEntry> comments(Visibility<DataCategory> categories) {
        return store.read(TimelineKind.COMMENT, new TimelineRead(1, null, Visibility.anyone(), Visibility.anyone(),
                Visibility.only(Set.of(1001L, 1300L)), categories, 10));
    }

    /** Visits by {@code authors}; comments from no page. */
    private static TimelineRead read(TimelineCursor after, Visibility<String> authors) {
        return new TimelineRead(1, after, authors, Visibility.anyone(), Visibility.nobody(), Visibility.anyone(), 10);
    }

    private static List<Long> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::sourceId).toList();
    }

    private static TimelineEntry comment(long id, java.time.Instant at, long pageId, CaseRole role) {
        return TimelineEntry.comment(id, at, "author", role, "Page", "excerpt " + id, "/p/" + pageId, pageId,
                jp.jobcoach.workspace.domain.DataCategory.CASE);
    }
}
