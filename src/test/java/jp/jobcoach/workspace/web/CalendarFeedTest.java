package jp.jobcoach.workspace.web;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.CalendarKind;
import jp.jobcoach.workspace.domain.calendar.FeedLedger;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import jp.jobcoach.workspace.service.CalendarFeedService;
import jp.jobcoach.workspace.service.CalendarHistory;
import jp.jobcoach.workspace.service.CalendarService;
import jp.jobcoach.workspace.service.NotFoundException;
import jp.jobcoach.workspace.service.ServiceTestSupport;
import jp.jobcoach.workspace.service.StaleVersionException;
import jp.jobcoach.workspace.store.CalendarFeedStore;
import jp.jobcoach.workspace.store.CalendarStore;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.VisitStore;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Before;
import org.junit.Test;

/**
 * The ICS feeds, written and parsed back with biweekly and checked field by field: stable UIDs, SEQUENCE after an
 * edit, cancelled items, dates and the Tokyo time zone, no health or free text, the worker's initials by default,
 * revoked tokens, and the owner's current access on every fetch.
 */
public class CalendarFeedTest extends ServiceTestSupport {
    private CalendarFeedService feeds;
    private VisitStore visitStore;

    @Before
    public void setUp() {
        feeds = new CalendarFeedService(guard, new CalendarService(guard, new CalendarStore(ao), new CasePageStore(ao), pages),
                new CalendarFeedStore(ao), auditLog, new jp.jobcoach.workspace.service.Writes(new JoinTransactions(ao)),
                time, user, people);
        visitStore = new VisitStore(ao);
        CalendarHistory.addSecondCoach(teamStore, caseId);
        // the feed covers 180 days back from today (2026-04-01): the records start on the return, today
        CalendarHistory.populate(ao, caseId, 10);
    }

    private ICalendar fetch(String token) {
        CalendarFeedService.Fetched fetched = feeds.fetch(token).orElseThrow();
        return Biweekly.parse(IcsFeed.write(fetched, RestTestSupport::fromBundles, time.now())).first();
    }

    private String text(String token) {
        return IcsFeed.write(feeds.fetch(token).orElseThrow(), RestTestSupport::fromBundles, time.now());
    }

    private static Map<String, VEvent> byUid(ICalendar ical) {
        return ical.getEvents().stream().collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
    }

    private String caseFeed(FeedNames names) {
        actAs(CaseRole.CENTER_COACH);
        return feeds.create(caseId, names, "").token();
    }

    @Test
    public void theFeedHoldsEveryItemTheOwnerSeesWithStableUidsAndAllDayDates() {
        String token = caseFeed(FeedNames.INITIALS);
        assertEquals(43, token.length());
        ICalendar first = fetch(token);
        Map<String, VEvent> events = byUid(first);
        // 10 visits, 2 interviews and the next one, 2 phases, 2 reviews, 2 steps
        assertEquals(19, events.size());
        assertEquals(events.keySet(), byUid(fetch(token)).keySet());
        VEvent visit = events.get(CalendarItem.uid(CalendarKind.VISIT, caseId, visitStore.page(caseId, null, 20).get(9).id(), ""));
        assertFalse("an all-day item is a DATE", visit.getDateStart().getValue().hasTime());
        assertEquals(RETURN, localDay(visit.getDateStart().getValue()));
        assertEquals(RETURN.plusDays(1), localDay(visit.getDateEnd().getValue()));
        assertEquals(Integer.valueOf(0), visit.getSequence().getValue());
        assertEquals(Status.confirmed().getValue(), visit.getStatus().getValue());
        assertTrue(visit.getTransparency().isTransparent());
        assertEquals("Visit · primary coach · Consultation — 2026-0001 𠮷.A.B.X."
                .replace("2026-0001", caseNumber()), visit.getSummary().getValue());
        VEvent intensive = events.get(CalendarItem.uid(CalendarKind.PLAN_PHASE, caseId, caseId, "intensive"));
        assertEquals(RETURN, localDay(intensive.getDateStart().getValue()));
        assertEquals("the day after the last", RETURN.plusMonths(1).plusDays(1), localDay(intensive.getDateEnd().getValue()));
    }

    @Test
    public void noHealthDetailNoFreeTextAndTheInitialsByDefault() {
        String text = text(caseFeed(FeedNames.INITIALS));
        for (String secret : List.of("疲労", "体調", "眠れない", "短時間勤務", "6h→7h", "経理部", "<b>", "\u202E", "😀")) {
            assertFalse("the feed carries " + secret, text.contains(secret));
        }
        assertFalse("no description at all", text.contains("DESCRIPTION"));
        assertTrue(text.startsWith("BEGIN:VCALENDAR"));
        assertTrue(text.contains("METHOD:PUBLISH"));
    }

    @Test
    public void plannedVisitsTaskSessionsAndWorkloadWeeksCarryNeutralTitlesOnlyWithStableUids() {
        CalendarHistory.populateSchedule(ao, caseId, 4);
        String token = caseFeed(FeedNames.INITIALS);
        String text = text(token);
        for (String secret : List.of(CalendarHistory.ANALYSIS_TITLE, "日報", "うつ", CalendarHistory.NOTE, "体調", "中止")) {
            assertFalse("the feed carries " + secret, text.contains(secret));
        }
        assertFalse(text.contains("DESCRIPTION"));
        Map<String, VEvent> events = byUid(fetch(token));
        assertEquals(19 + 3 * 4, events.size());
        assertEquals(events.keySet(), byUid(fetch(token)).keySet());
        List<VEvent> planned = events.values().stream().filter(event -> event.getUid().getValue()
                .startsWith("jobcoach-planned-visit-")).sorted(java.util.Comparator.comparing(event -> localDay(event.getDateStart().getValue()))).toList();
        assertEquals(4, planned.size());
        assertEquals("Planned visit · primary coach · Done — " + caseNumber() + " 𠮷.A.B.X.", planned.get(0).getSummary().getValue());
        VEvent session = events.values().stream().filter(event -> event.getUid().getValue().startsWith("jobcoach-ta-session-"))
                .findFirst().orElseThrow();
        assertTrue(session.getSummary().getValue(), session.getSummary().getValue().startsWith("Task-analysis session — "));
        VEvent week = events.values().stream().filter(event -> event.getUid().getValue().startsWith("jobcoach-work-week-"))
                .min(java.util.Comparator.comparing(event -> localDay(event.getDateStart().getValue()))).orElseThrow();
        assertEquals(RETURN.plusDays(5), localDay(week.getDateStart().getValue()));
        assertEquals("one day, not the whole week", RETURN.plusDays(6), localDay(week.getDateEnd().getValue()));
        assertTrue(week.getSummary().getValue().startsWith("Workload week — "));

        var plannedStore = new jp.jobcoach.workspace.store.PlannedVisitStore(ao);
        var first = plannedStore.within(caseId, new jp.jobcoach.workspace.domain.DateRange(RETURN, RETURN.plusDays(2)), 5).get(0);
        plannedStore.delete(first.id(), first.version());
        VEvent gone = byUid(fetch(token)).get(CalendarItem.uid(CalendarKind.PLANNED_VISIT, caseId, first.id(), ""));
        assertEquals(Status.cancelled().getValue(), gone.getStatus().getValue());
        assertEquals(Integer.valueOf(1), gone.getSequence().getValue());
    }

    @Test
    public void theFullNameIsTheOwnersChoiceAndHostileTextSurvivesTheFormat() {
        actAs(CaseRole.CENTER_COACH);
        String hostile = "予定\r\nBEGIN:VEVENT\r\nUID:x;,\\ " + StoreFixtures.TRICKY;
        String token = feeds.create(caseId, FeedNames.FULL_NAME, hostile).token();
        ICalendar ical = fetch(token);
        assertEquals(hostile.replace("\r\n", "\n").strip(), ical.getNames().get(0).getValue().replace("\r\n", "\n"));
        assertEquals(19, ical.getEvents().size());
        assertTrue(ical.getEvents().get(0).getSummary().getValue().endsWith(StoreFixtures.TRICKY));
        assertThrows(ValidationException.class, () -> feeds.create(caseId, FeedNames.INITIALS, "x".repeat(101)));
    }

    @Test
    public void anEditBumpsTheSequenceAndADeletionLeavesTheItemCancelled() {
        String token = caseFeed(FeedNames.INITIALS);
        fetch(token);
        Stored<VisitRecord> visit = visitStore.page(caseId, null, 20).get(9);
        String uid = CalendarItem.uid(CalendarKind.VISIT, caseId, visit.id(), "");
        VisitRecord moved = new VisitRecord(visit.value().date().plusDays(1), visit.value().coachKeys(), visit.value().kind(),
                "x", "x", "x", "x");
        visitStore.update(visit.id(), visit.version(), moved);
        VEvent edited = byUid(fetch(token)).get(uid);
        assertEquals(Integer.valueOf(1), edited.getSequence().getValue());
        assertEquals(RETURN.plusDays(1), localDay(edited.getDateStart().getValue()));
        assertEquals("unchanged on the next fetch", Integer.valueOf(1), byUid(fetch(token)).get(uid).getSequence().getValue());
        VisitRecord unchangedForTheFeed = new VisitRecord(moved.date(), moved.coachKeys(), moved.kind(), "other notes", "y", "y", "y");
        visitStore.update(visit.id(), visit.version() + 1, unchangedForTheFeed);
        assertEquals("notes are not in the feed", Integer.valueOf(1), byUid(fetch(token)).get(uid).getSequence().getValue());

        visitStore.delete(visit.id(), visit.version() + 2);
        VEvent cancelled = byUid(fetch(token)).get(uid);
        assertEquals(Status.cancelled().getValue(), cancelled.getStatus().getValue());
        assertEquals(Integer.valueOf(2), cancelled.getSequence().getValue());
        assertEquals("Visit — " + caseNumber() + " 𠮷.A.B.X.", cancelled.getSummary().getValue());
    }

    @Test
    public void aRevokedOrUnknownTokenFindsNothingAndANewTokenReplacesTheOld() {
        String token = caseFeed(FeedNames.INITIALS);
        Stored<CalendarFeed> feed = feeds.mine().get(0);
        assertTrue(feeds.fetch("A".repeat(43)).isEmpty());
        assertTrue(feeds.fetch(token + "x").isEmpty());
        assertTrue(feeds.fetch(null).isEmpty());
        String fresh = feeds.regenerate(feed.id(), feed.version()).token();
        assertNotEquals(token, fresh);
        assertTrue("the old token stops at once", feeds.fetch(token).isEmpty());
        assertTrue(feeds.fetch(fresh).isPresent());
        assertThrows("a stale version", StaleVersionException.class, () -> feeds.revoke(feed.id(), feed.version()));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertThrows("someone else's feed", NotFoundException.class, () -> feeds.revoke(feed.id(), feed.version() + 1));
        actAs(CaseRole.CENTER_COACH);
        feeds.revoke(feed.id(), feed.version() + 1);
        assertTrue(feeds.fetch(fresh).isEmpty());
        assertTrue(feeds.mine().isEmpty());
        List<AuditAction> actions = auditStore.forCase(caseId, 0, 10).stream()
                .filter(entry -> entry.recordType().equals("calendar-feed")).map(AuditEntry::action).toList();
        assertTrue(actions.toString(), actions.containsAll(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE,
                AuditAction.EXPORT)));
    }

    @Test
    public void theOwnersAccessAsItIsNowDecidesWhatTheFeedShows() {
        String token = caseFeed(FeedNames.INITIALS);
        assertEquals(19, fetch(token).getEvents().size());
        pages.hidden.add(1000L);
        assertTrue("the case page closed to them: nothing", fetch(token).getEvents().isEmpty());
        pages.hidden.clear();
        teamStore.remove(caseId, keyOf(CaseRole.CENTER_COACH));
        ICalendar after = fetch(token);
        assertTrue("removed from the case: its items vanish at once", after.getEvents().isEmpty());

        actAs(CaseRole.HR);
        String hr = feeds.create(caseId, FeedNames.INITIALS, "").token();
        assertEquals("HR sees accommodations only", 4, fetch(hr).getEvents().size());
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> feeds.create(caseId, FeedNames.INITIALS, ""));
    }

    @Test
    public void aPersonsFeedCoversAllTheirCasesAndFetchesAreAuditedOnceADay() {
        long other = caseWithEveryRole().id();
        CalendarHistory.populate(ao, other, 3);
        actAs(CaseRole.COUNSELOR);
        String token = feeds.create(null, FeedNames.INITIALS, "").token();
        ICalendar ical = fetch(token);
        assertEquals(19 + 3 + 1 + 1 + 2 + 2 + 2, ical.getEvents().size());
        assertEquals("Job coach support: my cases", ical.getNames().get(0).getValue());
        long exports = auditStore.forCase(other, 0, 20).stream().filter(entry -> entry.action() == AuditAction.EXPORT).count();
        fetch(token);
        assertEquals(exports, auditStore.forCase(other, 0, 20).stream().filter(entry -> entry.action() == AuditAction.EXPORT).count());
        assertEquals(1, exports);
    }

    @Test
    public void aTimedItemIsADateTimeInTokyoWithItsTimeZone() {
        CalendarItem timed = new CalendarItem("jobcoach-test-1@jp.jobcoach.workspace", 7, CalendarKind.INTERVIEW, RETURN, RETURN,
                LocalTime.of(10, 30), Duration.ofMinutes(45), List.of(), List.of(), null, new CalendarItem.RecordRef("interview", 1));
        CalendarFeedService.Fetched fetched = new CalendarFeedService.Fetched(new Stored<>(1, 7, 1, new CalendarFeed("me", 7L,
                FeedNames.INITIALS, "", Locale.JAPANESE, time.now())), List.of(new CalendarFeedService.CaseFeed(7, "2026-0007", "Y.T.",
                List.of(new FeedLedger.Sequenced(timed, 3, false)))));
        String text = IcsFeed.write(fetched, RestTestSupport::fromBundles, time.now());
        assertTrue(text, text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Asia/Tokyo"));
        assertTrue(text, text.contains("DTSTART;TZID=Asia/Tokyo:20260401T103000"));
        ICalendar ical = Biweekly.parse(text).first();
        VEvent event = ical.getEvents().get(0);
        assertTrue(event.getDateStart().getValue().hasTime());
        assertEquals(RETURN.atTime(10, 30).atZone(ZoneId.of("Asia/Tokyo")).toInstant(), event.getDateStart().getValue().toInstant());
        assertEquals(RETURN.atTime(11, 15).atZone(ZoneId.of("Asia/Tokyo")).toInstant(), event.getDateEnd().getValue().toInstant());
        assertEquals(Integer.valueOf(3), event.getSequence().getValue());
        assertEquals("定着面談 — 2026-0007 Y.T.", event.getSummary().getValue());
        assertEquals("ジョブコーチ支援 2026-0007", ical.getNames().get(0).getValue());
        assertNull(event.getDescription());
    }

    private String caseNumber() {
        return caseStore.find(caseId).orElseThrow().value().number().text();
    }

    /** The day a DATE value stands for (biweekly reads it at midnight of the JVM's zone). */
    private static LocalDate localDay(java.util.Date date) {
        Calendar calendar = Calendar.getInstance(TimeZone.getDefault());
        calendar.setTime(date);
        return LocalDate.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** Joins the test's transaction, as the services' tests do. */
    private static final class JoinTransactions extends jp.jobcoach.workspace.store.Transactions {
        JoinTransactions(com.atlassian.activeobjects.external.ActiveObjects ao) {
            super(ao);
        }

        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }
}
