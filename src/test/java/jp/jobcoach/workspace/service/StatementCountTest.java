package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.T0;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.InLists;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.store.VisitStore;
import jp.jobcoach.workspace.web.view.PlanView;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/**
 * The timeline and the case panel issue as many SQL statements for a case with 300 records of each kind as
 * for one with 3. Every statement AO prepares passes its provider's SQL listeners, so the count is exact.
 * The reads that show one thing of a long history (the panel's tallies and schedule, the plan as it stands, the
 * latest interview) also read as many rows either way, counted by the tests' {@code RowCountingActiveObjects}, and
 * so do the paged lists (a page of interviews, of visits, of a person's cases); and no statement of any read carries an IN list that grows with the data ({@link InLists}).
 */
public class StatementCountTest extends ServiceTestSupport {
    /** After every interview of either history. */
    private static final LocalDate LATER = RETURN.plusYears(2);

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
        // the guard reads the case and its team once for the whole panel (it read them six times: 26 statements),
        // the consent ledger once, which the panel's consent section and every consent check share, and one more
        // says whether the case's pages wait for their restrictions; for a center coach, whether they visited yet
        // (this one has not: "since your last visit" reads nothing more) and the planned visits of the plan's phases;
        // one finds the case has no task analysis (with analyses: three more, their steps, sessions and levels, however
        // many); the workload's weeks of this and the three weeks before (one statement without weeks; their tasks one
        // more), with the accommodations the panel read already
        assertEquals(17, statements(id -> panels.panel(id), large));
    }

    /**
     * The visits page with planned visits: the planned visits of its days in one statement and the visit days of their
     * weeks in one more, however many were planned and done (their rows are the plan's, at most
     * {@link VisitService#PLANNED_MAX}).
     */
    @Test
    public void plannedVisitsCostTwoStatementsHoweverManyThereAre() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        actAs(CaseRole.CENTER_COACH);
        for (long id : new long[] {small, large}) {
            int count = id == small ? 3 : 60;
            for (int i = 0; i < count; i++) {
                visits.plan(id, new jp.jobcoach.workspace.domain.PlannedVisit(RETURN.plusDays(i), keyOf(CaseRole.CENTER_COACH), null));
                visits.create(id, new VisitRecord(RETURN.plusDays(i), List.of(keyOf(CaseRole.CENTER_COACH)),
                        VisitKind.CONSULTATION, null, null, null, null));
            }
        }
        assertEquals(statements(id -> visits.overview(id, PageRequest.first(10)), small),
                statements(id -> visits.overview(id, PageRequest.first(10)), large));
        assertEquals(60, visits.overview(large, PageRequest.first(10)).schedule().size());
        assertEquals(statements(id -> panels.panel(id), small), statements(id -> panels.panel(id), large));
    }

    /**
     * "Since your last visit" on the panel: the coach's last visit, the newest hand-over, and per kind one read of at
     * most three entries and one count, whether 3 or 300 of each came since.
     */
    @Test
    public void whatChangedSinceMyLastVisitCostsTheSameWhateverTheHistory() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        for (long id : new long[] {small, large}) {
            new VisitStore(ao).create(id, new VisitRecord(RETURN.minusDays(1), List.of(keyOf(CaseRole.CENTER_COACH)),
                    VisitKind.MEETING, null, null, null, null, "次回は上司との面談"));
        }
        // the panel lists the accommodations with all their steps: as many of those in both
        history(small, 3, 3);
        history(large, 300, 3);
        actAs(CaseRole.CENTER_COACH);

        assertEquals(statements(id -> panels.panel(id), small), statements(id -> panels.panel(id), large));
        assertEquals(rows(id -> panels.panel(id), small), rows(id -> panels.panel(id), large));
        CasePanelService.SinceLastVisit since = panels.panel(large).sinceLastVisit();
        assertEquals(RETURN.minusDays(1), since.lastVisit());
        assertEquals(300, since.changes().get(TimelineKind.VISIT).count());
        assertEquals(3, since.changes().get(TimelineKind.VISIT).newest().size());
        assertEquals(300, since.changes().get(TimelineKind.INTERVIEW).count());
        // the viewer's own comments are not news to them
        assertEquals(0, since.changes().get(TimelineKind.COMMENT).count());
        int withSince = statements(id -> panels.panel(id), large);
        assertTrue("a fixed handful more than the panel without: " + withSince, withSince <= 17 + 2 + 2 * 6 + 3);
    }

    @Test
    public void aTimelinePageReadsAsManyRowsForAShortAndALongHistory() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        history(small, 20, 3);
        history(large, 300, 3);
        actAs(CaseRole.CENTER_COACH);

        assertEquals(rows(this::timelinePages, small), rows(this::timelinePages, large));
        long guard = rows(id -> cases.get(id), large) + rows(id -> consentStore.ledger(id), large);
        // per page: the guard's (with the consent ledger, which decides whether condition-page comments show), at
        // most a page and one more of each kind, the case's accommodations (1) and its commented pages (1 row per
        // page, not per comment: it was one per comment, 3,000 at 10,000 records)
        long bound = 2 * (guard + TimelineKind.values().length * 6L + 2);
        long read = rows(this::timelinePages, large);
        assertTrue("rows read by two timeline pages of 5: " + read + " > " + bound, read <= bound);
    }

    @Test
    public void whatShowsOneThingOfTheHistoryReadsAsManyRowsForAShortAndALongOne() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        history(small, 3, 3);
        history(large, 300, 3);
        actAs(CaseRole.CENTER_COACH);

        assertEquals(rows(id -> panels.panel(id), small), rows(id -> panels.panel(id), large));
        assertEquals(rows(id -> plans.current(id), small), rows(id -> plans.current(id), large));
        assertEquals(rows(id -> visits.tallies(id), small), rows(id -> visits.tallies(id), large));
        assertEquals(rows(id -> interviews.schedule(id), small), rows(id -> interviews.schedule(id), large));
        assertEquals(rows(id -> interviews.draft(id, LATER), small), rows(id -> interviews.draft(id, LATER), large));
        long guard = rows(id -> cases.get(id), large);
        // after the guard's case, supports and team: the plan's newest revision and a count per planned phase (2)
        assertEquals(guard + 1 + 2, rows(id -> visits.tallies(id), large));
        // the newest revision of 300 (no agreements were given)
        assertEquals(guard + 1, rows(id -> plans.current(id), large));
        // each plan write reads the newest revision, not the history: a revision costs as much at 301 as at 4
        assertEquals(rows(id -> revise(id, 3), small), rows(id -> revise(id, 300), large));
    }

    @Test
    public void aPageOfInterviewsOrVisitsCostsTheSameStatementsAndRowsForAShortAndALongHistory() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        history(small, 45, 3);
        history(large, 300, 3);
        actAs(CaseRole.CENTER_COACH);

        for (Consumer<Long> page : List.<Consumer<Long>>of(this::interviewPages, this::visitPages, this::planPages,
                this::revisionPages)) {
            assertEquals(statements(page, small), statements(page, large));
            assertEquals(rows(page, small), rows(page, large));
        }
        long guard = rows(id -> cases.get(id), large);
        // the guard's rows twice, the tallies' (the newest revision and a count per planned phase, 2), and two pages
        // of 20 visits, each with the one more that tells of a next page
        assertEquals(2 * guard + 1 + 2 + 2 * 21, rows(this::visitPages, large));
        // the plan page: its newest revisions in full and the one before them, then 20 older ones and one more, twice
        assertEquals(guard + (PlanView.IN_FULL + 1) + 2 * 21, rows(this::planPages, large));
    }

    @Test
    public void aPageOfMyCasesCostsTheSameForAFewCasesAndForMany() {
        String few = keyOf(CaseRole.COUNSELOR);
        String many = keyOf(CaseRole.CENTER_COACH);
        for (int i = 0; i < 90; i++) {
            teamStore.add(caseStore.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id(), TeamMember.of(i < 25 ? few : many,
                    i < 25 ? CaseRole.COUNSELOR : CaseRole.CENTER_COACH));
        }
        actAs(CaseRole.COUNSELOR);
        long fewRows = rows(id -> myCasePages(), caseId);
        int fewStatements = statements(id -> myCasePages(), caseId);
        actAs(CaseRole.CENTER_COACH);
        assertEquals(fewRows, rows(id -> myCasePages(), caseId));
        assertEquals(fewStatements, statements(id -> myCasePages(), caseId));
        int checks = pages.batchChecks;
        myCasePages();
        assertEquals("one page permission check per page of cases, not one per case", checks + 2, pages.batchChecks);
    }

    @Test
    public void theCalendarOfTwoYearsOfRecordsCostsWhatAFewWeeksCost() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        CalendarHistory.addSecondCoach(teamStore, small);
        CalendarHistory.addSecondCoach(teamStore, large);
        CalendarHistory.populate(ao, small, 5);
        // a visit every three days for two years, an interview every two weeks
        CalendarHistory.populate(ao, large, 245);
        CalendarHistory.populateSchedule(ao, small, 2);
        // a planned visit, a task-analysis session and a workload week every week for two years
        CalendarHistory.populateSchedule(ao, large, 104);
        CalendarService calendar = new CalendarService(guard, new jp.jobcoach.workspace.store.CalendarStore(ao),
                new jp.jobcoach.workspace.store.CasePageStore(ao), pages);
        actAs(CaseRole.CENTER_COACH);
        Consumer<Long> read = id -> {
            calendar.calendar(id, RETURN, RETURN.plusDays(CalendarService.MAX_DAYS - 1));
            calendar.rota(calendar.on(id));
        };
        assertEquals(statements(read, small), statements(read, large));
        // the guard's three reads, one per source (accommodations: two; planned visits: two, the visits that keep
        // them; task-analysis sessions: two, their analyses' titles; workload weeks: one), the consent ledger (task
        // analyses are narrowed by consent), the filed pages; the rota: the guard's three again, the plan's phases
        // and the visits within them
        assertEquals(3 + 5 + 2 + 2 + 1 + 1 + 1 + 3 + 2, statements(read, large));
        java.util.Set<jp.jobcoach.workspace.domain.calendar.CalendarKind> kinds = calendar.calendar(large, RETURN,
                RETURN.plusDays(CalendarService.MAX_DAYS - 1)).items().stream().map(item -> item.kind())
                .collect(java.util.stream.Collectors.toSet());
        assertTrue("the new kinds are read: " + kinds, kinds.containsAll(java.util.EnumSet.of(
                jp.jobcoach.workspace.domain.calendar.CalendarKind.PLANNED_VISIT,
                jp.jobcoach.workspace.domain.calendar.CalendarKind.TA_SESSION,
                jp.jobcoach.workspace.domain.calendar.CalendarKind.WORK_WEEK)));
        assertTrue(calendar.calendar(large, RETURN, RETURN.plusDays(CalendarService.MAX_DAYS - 1)).items().size() > 400);
    }

    /**
     * A person's feed over 50 cases costs what it costs over 5: a fixed number of statements, whatever the cases and
     * their histories, once the day's first fetch has audited it and each case's ledger is written (that fetch adds an
     * audit entry and, for a case whose items changed, a ledger write per case).
     */
    @Test
    public void aPersonsFeedOverFiftyCasesCostsWhatItCostsOverFive() {
        String few = keyOf(CaseRole.COUNSELOR);
        String many = "MANY_CASES";
        for (int i = 0; i < 50; i++) {
            long id = caseStore.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
            CalendarHistory.populate(ao, id, i < 5 ? 3 : 3 + i);
            CalendarHistory.populateSchedule(ao, id, i < 5 ? 1 : 1 + i);
            if (i < 5) {
                teamStore.add(id, TeamMember.of(few, CaseRole.COUNSELOR));
            }
            teamStore.add(id, TeamMember.of(many, CaseRole.CENTER_COACH));
        }
        CalendarFeedService feeds = new CalendarFeedService(guard, new CalendarService(guard,
                new jp.jobcoach.workspace.store.CalendarStore(ao), new jp.jobcoach.workspace.store.CasePageStore(ao), pages),
                new jp.jobcoach.workspace.store.CalendarFeedStore(ao), auditLog, new Writes(new jp.jobcoach.workspace.store.Transactions(ao) {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }), time, user, people);
        user.key = few;
        String fewToken = feeds.create(null, jp.jobcoach.workspace.domain.calendar.FeedNames.INITIALS, "").token();
        user.key = many;
        String manyToken = feeds.create(null, jp.jobcoach.workspace.domain.calendar.FeedNames.INITIALS, "").token();
        user.key = null;
        Consumer<Long> fewFetch = id -> feeds.fetch(fewToken).orElseThrow();
        Consumer<Long> manyFetch = id -> feeds.fetch(manyToken).orElseThrow();
        fewFetch.accept(0L);
        manyFetch.accept(0L);

        assertEquals(50, feeds.fetch(manyToken).orElseThrow().cases().size());
        assertEquals(statements(fewFetch, 0), statements(manyFetch, 0));
        // the feed; the owner's cases, their supports and teams; one read per source (accommodations, planned
        // visits and task-analysis sessions two); the cases' consent ledgers, together; the calendar ledgers; the
        // fetch noted (read and written)
        assertEquals(1 + 3 + 5 + 2 + 2 + 1 + 1 + 1 + 2, statements(manyFetch, 0));
    }

    @Test
    public void noStatementCarriesAnInListThatGrowsWithTheData() {
        int records = 300;
        history(caseId, records, 3);
        actAs(CaseRole.CENTER_COACH);
        for (int i = 0; i < 30; i++) {
            teamStore.add(caseStore.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id(),
                    TeamMember.of(keyOf(CaseRole.CENTER_COACH), CaseRole.COUNSELOR));
        }

        List<Integer> sizes = InLists.sizesWhile(entityManager, () -> {
            cases.mine(PageRequest.first(PageRequest.MAX_SIZE));
            interviews.page(caseId, PageRequest.first(PageRequest.MAX_SIZE));
            interviews.get(caseId, interviews.page(caseId, PageRequest.first(1)).items().get(0).id());
            visits.overview(caseId, PageRequest.first(PageRequest.MAX_SIZE));
            accommodations.withReviewsDue(caseId);
            plans.overview(cases.get(caseId), PlanView.IN_FULL, PageRequest.MAX_SIZE);
            plans.revisions(caseId, PageRequest.first(PageRequest.MAX_SIZE));
            panels.panel(caseId);
            timelinePages(caseId);
        });

        // a list of the case's interviews, visits or steps would hold 300 items, of the coach's cases 31
        int longest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue("IN lists " + sizes, longest <= CaseRole.values().length);
    }

    /**
     * A task analysis's grid of 40 steps × 60 sessions costs the statements of one of 5 × 5, and so do all of a case's
     * analyses: one read per table (analysis, steps, sessions, levels) after the guard's, whatever their size.
     */
    @Test
    public void aTaskAnalysisGridOf40StepsBy60SessionsIssuesTheStatementsOfOneOf5By5() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        long smallSheet = taskAnalysis(small, 5, 5);
        long largeSheet = taskAnalysis(large, 40, 60);
        taskAnalysis(large, 40, 60);
        actAs(CaseRole.CENTER_COACH);

        int grid = statements(id -> tasks.sheet(id, id == small ? smallSheet : largeSheet), small);
        assertEquals(grid, statements(id -> tasks.sheet(id, largeSheet), large));
        assertEquals(statements(id -> tasks.sheets(id), small), statements(id -> tasks.sheets(id), large));
        int guard = statements(id -> cases.get(id), large) + 1; // and the consent ledger, which TASK_ANALYSIS needs
        assertEquals("one read per table after the guard's", guard + 4, statements(id -> tasks.sheet(id, largeSheet), large));
        assertEquals(guard + 4, statements(id -> tasks.sheets(id), large));
        assertEquals(60, tasks.sheet(large, largeSheet).progress().sessions().size());
    }

    /** An analysis of {@code steps} steps and {@code sessions} sessions, each observing every step. */
    private long taskAnalysis(long caseId, int steps, int sessions) {
        jp.jobcoach.workspace.store.TaskAnalysisStore store = new jp.jobcoach.workspace.store.TaskAnalysisStore(ao);
        List<jp.jobcoach.workspace.domain.task.TaskStep> list = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            list.add(jp.jobcoach.workspace.domain.task.TaskStep.of("step " + i));
        }
        var created = store.create(caseId, new jp.jobcoach.workspace.domain.task.TaskAnalysis("task", null, null, null, 3,
                jp.jobcoach.workspace.domain.task.AnalysisStatus.ACTIVE, list));
        for (int n = 0; n < sessions; n++) {
            List<jp.jobcoach.workspace.domain.task.StepObservation> levels = new ArrayList<>();
            for (var step : created.value().steps()) {
                levels.add(new jp.jobcoach.workspace.domain.task.StepObservation(step.id(), (n + (int) step.id()) % 5, null, null));
            }
            store.createSession(caseId, created.id(), new jp.jobcoach.workspace.domain.task.TaskSession(RETURN.plusDays(n),
                    "CENTER_COACH", CaseRole.CENTER_COACH, null, null, levels));
        }
        return created.id();
    }

    @Test
    public void aVisitIsCreatedWithOneInsertAndNotReadBack() {
        actAs(CaseRole.CENTER_COACH);
        List<String> sql = new ArrayList<>();
        DatabaseProvider.SqlListener listener = sql::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            visits.create(caseId, visit(RETURN));
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        // PostgreSQL first takes each new id from the table's sequence: not a read of the record
        // unquoted, as PostgreSQL's and MySQL's quoted identifiers would not match the table names below
        List<String> statements = sql.stream().filter(statement -> !statement.startsWith("SELECT NEXTVAL"))
                .map(statement -> statement.replace("\"", "").replace("`", "")).toList();
        // the guard's three reads (case, supports, team), the visit's INSERT and the audit event's, with its link into
        // the case's chain: the case row found, locked by an UPDATE, its chain head read and written (AuditEventStore)
        assertEquals(String.join("\n", statements), 9, statements.size());
        assertEquals(1, statements.stream().filter(statement -> statement.contains("VISIT_RECORD")).count());
        assertEquals(2, statements.stream().filter(statement -> statement.startsWith("UPDATE")
                && statement.contains("CASE_FILE SET AUDIT_")).count());
        assertTrue(statements.stream().noneMatch(statement -> statement.startsWith("UPDATE")
                && !statement.contains("CASE_FILE SET AUDIT_")));
    }

    /** The first page of 20 interviews and the one after it. */
    private void interviewPages(long caseId) {
        Page<?> first = interviews.page(caseId, PageRequest.first(20));
        assertEquals(20, first.items().size());
        interviews.page(caseId, new PageRequest(20, first.nextCursor()));
    }

    /** The first page of 20 visits (with the tallies) and the one after it. */
    private void visitPages(long caseId) {
        Page<?> first = visits.overview(caseId, PageRequest.first(20)).visits();
        assertEquals(20, first.items().size());
        visits.page(cases.get(caseId), new PageRequest(20, first.nextCursor()));
    }

    /** What the plan page shows (no agreements were given) and the page of older revisions after it. */
    private void planPages(long caseId) {
        GuardedCase on = cases.get(caseId);
        PlanOverview overview = plans.overview(on, PlanView.IN_FULL, 20);
        assertEquals(20, overview.older().items().size());
        plans.summaries(on, new PageRequest(20, overview.older().nextCursor()));
    }

    /** The first page of 20 revisions in full and the one after it, as the REST list reads them. */
    private void revisionPages(long caseId) {
        PlanRevisions first = plans.revisions(caseId, PageRequest.first(20));
        assertEquals(20, first.revisions().items().size());
        plans.revisions(caseId, new PageRequest(20, first.revisions().nextCursor()));
    }

    /** The first page of 10 of the actor's cases and the one after it. */
    private void myCasePages() {
        Page<?> first = cases.mine(PageRequest.first(10));
        assertEquals(10, first.items().size());
        cases.mine(new PageRequest(10, first.nextCursor()));
    }

    /** The first page and the one after it, of everything. */
    private void timelinePages(long caseId) {
        TimelineQuery query = new TimelineQuery(Set.of(), Set.of(), 5, null);
        TimelinePage first = timeline.page(caseId, query);
        assertEquals(5, first.entries().size());
        timeline.page(caseId, query.next(first.nextCursor()));
    }

    /**
     * The workload's week view (its 12-week trend and signals) and the panel's workload signals cost the same
     * statements and rows for two weeks of workload as for two years (issue 17): the weeks of the trend are read as one
     * range with their tasks joined, whatever lies before it.
     */
    @Test
    public void theWorkloadTrendCostsTheSameForTwoWeeksOrTwoYears() {
        long small = caseId;
        long large = caseWithEveryRole().id();
        long quarter = caseWithEveryRole().id();
        LocalDate thisWeek = jp.jobcoach.workspace.domain.workload.WorkWeek.weekOf(time.today());
        weeks(small, thisWeek, 2);
        weeks(large, thisWeek, 104);
        weeks(quarter, thisWeek, 14);
        actAs(CaseRole.SUPERVISOR);

        assertEquals(statements(id -> workload.week(id, null), small), statements(id -> workload.week(id, null), large));
        // the rows are the span's (twelve weeks and the two before them, two tasks each), not the history's
        assertEquals(rows(id -> workload.week(id, null), quarter), rows(id -> workload.week(id, null), large));
        assertEquals(rows(id -> workload.week(id, null), small) + 12 * 3, rows(id -> workload.week(id, null), large));
        assertEquals(rows(id -> panels.panel(id), quarter), rows(id -> panels.panel(id), large));
        assertEquals(statements(id -> panels.panel(id), small), statements(id -> panels.panel(id), large));
        int weekStatements = statements(id -> workload.week(id, null), large);
        // the guard (case, supports, team), the weeks and their tasks, the accommodations (no steps: none)
        assertTrue("a handful: " + weekStatements, weekStatements >= 4 && weekStatements <= 7);
        // a viewer who also sees TASK_ANALYSIS (a coach) reads one statement more: the titles of the case's analyses,
        // which name each task's linked analysis and fill the plan form's choice, however many weeks there are
        actAs(CaseRole.CENTER_COACH);
        assertEquals(statements(id -> workload.week(id, null), small), statements(id -> workload.week(id, null), large));
        int coachStatements = statements(id -> workload.week(id, null), large);
        assertTrue("one more at most: " + coachStatements + " against " + weekStatements,
                coachStatements <= weekStatements + 1);
        actAs(CaseRole.SUPERVISOR);
        assertEquals(jp.jobcoach.workspace.domain.workload.WeekTrend.WEEKS,
                workload.week(large, null).trend().points().stream().filter(point -> point.recorded()).count());
    }

    /** {@code count} weeks of workload up to {@code last}, two tasks each, written straight to the store. */
    private void weeks(long caseId, LocalDate last, int count) {
        jp.jobcoach.workspace.store.WorkloadStore store = new jp.jobcoach.workspace.store.WorkloadStore(ao);
        for (int back = count - 1; back >= 0; back--) {
            LocalDate start = last.minusWeeks(back);
            store.create(caseId, jp.jobcoach.workspace.domain.workload.WorkWeek.planned(start,
                    List.of(6.0, 6.0, 6.0, 6.0, 6.0, 0.0, 0.0), List.of(
                            jp.jobcoach.workspace.domain.workload.WeekTask.planned("a", 3, start, "SUPERVISOR"),
                            jp.jobcoach.workspace.domain.workload.WeekTask.planned("b", 3, start.plusDays(1), "SUPERVISOR")),
                    null));
        }
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

    /** A plan revision written from revision {@code basedOn}, the current one. */
    private void revise(long caseId, int basedOn) {
        actAs(CaseRole.COUNSELOR);
        try {
            plans.revise(caseId, basedOn, planContent("revised"));
        } finally {
            actAs(CaseRole.CENTER_COACH);
        }
    }

    private long rows(Consumer<Long> work, long caseId) {
        long before = ao.rowsRead();
        work.accept(caseId);
        return ao.rowsRead() - before;
    }

    private void history(long caseId, int count) {
        history(caseId, count, count);
    }

    /** {@code count} records of each kind and one accommodation of {@code steps} lifted steps. */
    private void history(long caseId, int count, int steps) {
        VisitStore visitStore = new VisitStore(ao);
        InterviewStore interviewStore = new InterviewStore(ao);
        TimelineStore timelineStore = new TimelineStore(ao);
        List<AccommodationStep> liftedSteps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visitStore.create(caseId, visit(RETURN.plusDays(i)));
            interviewStore.create(caseId, interview(RETURN.plusDays(i)), "IN_COMPANY_COACH", T0);
            planStore.addRevision(caseId, i, new PlanRevision(i + 1, planContent("rev " + i), "COUNSELOR", T0.plusSeconds(i)));
            if (i < steps) {
                liftedSteps.add(new AccommodationStep("step " + i, RETURN.plusDays(i), RETURN.plusDays(i), "OCCUPATIONAL_HEALTH"));
            }
            timelineStore.addComment(caseId, TimelineEntry.comment(caseId * 10_000 + i, T0.plusSeconds(i), "CENTER_COACH",
                    CaseRole.CENTER_COACH, "Page", "comment " + i, "/pages/1001", 1001, jp.jobcoach.workspace.domain.DataCategory.CASE));
        }
        Accommodation base = accommodation();
        new AccommodationStore(ao).create(caseId, new Accommodation(base.title(), base.description(), liftedSteps,
                base.reviewDates(), base.reviewsDone(), base.stopConditions()));
    }
}
