package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.store.VisitStore;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/**
 * The timeline and the case panel issue as many SQL statements for a case with 300 records of each kind as
 * for one with 3. Every statement AO prepares passes its provider's SQL listeners, so the count is exact.
 */
public class StatementCountTest extends ServiceTestSupport {

    @Test
    public void timelineAndPanelCostTheSameWhateverTheHistory() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        history(small, 3);
        history(large, 300);
        actAs(CaseRole.CENTER_COACH);

        assertEquals(statements(this::timelinePages, small), statements(this::timelinePages, large));
        assertEquals(statements(id -> panels.panel(id), small), statements(id -> panels.panel(id), large));
        int timelineStatements = statements(this::timelinePages, large);
        assertTrue("a handful per page, not none: " + timelineStatements, timelineStatements > 10 && timelineStatements < 40);
        // the guard reads the case and its team once for the whole panel (it read them six times: 26 statements)
        assertEquals(11, statements(id -> panels.panel(id), large));
    }

    /** The first page and the one after it, of everything. */
    private void timelinePages(long caseId) {
        TimelineQuery query = new TimelineQuery(Set.of(), Set.of(), 5, null);
        TimelinePage first = timeline.page(caseId, query);
        assertEquals(5, first.entries().size());
        timeline.page(caseId, query.next(first.nextCursor()));
    }

    private int statements(Consumer<Long> work, long caseId) {
        List<String> seen = new ArrayList<>();
        DatabaseProvider.SqlListener listener = seen::add;
        DatabaseProvider provider = entityManager.getProvider();
        provider.addSqlListener(listener);
        try {
            work.accept(caseId);
        } finally {
            provider.removeSqlListener(listener);
        }
        return seen.size();
    }

    private void history(long caseId, int count) {
        VisitStore visitStore = new VisitStore(ao);
        InterviewStore interviewStore = new InterviewStore(ao);
        TimelineStore timelineStore = new TimelineStore(ao);
        List<AccommodationStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visitStore.create(caseId, visit(RETURN.plusDays(i)));
            interviewStore.create(caseId, interview(RETURN.plusDays(i)), "IN_COMPANY_COACH", T0);
            planStore.addRevision(caseId, i, new PlanRevision(i + 1, planContent("rev " + i), "COUNSELOR", T0.plusSeconds(i)));
            steps.add(new AccommodationStep("step " + i, RETURN.plusDays(i), RETURN.plusDays(i), "OCCUPATIONAL_HEALTH"));
            timelineStore.addComment(caseId, TimelineEntry.comment(caseId * 10_000 + i, T0.plusSeconds(i), "CENTER_COACH",
                    CaseRole.CENTER_COACH, "Page", "comment " + i, "/pages/1001", 1001));
        }
        Accommodation base = accommodation();
        new AccommodationStore(ao).create(caseId, new Accommodation(base.title(), base.description(), steps,
                base.reviewDates(), base.reviewsDone(), base.stopConditions()));
    }
}
