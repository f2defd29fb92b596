package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench, over HTTP: the demo case's calendar through REST, and its ICS feed fetched
 * without a session, as a calendar program fetches it, by the token alone; the token's owner's current access decides.
 */
public class CalendarFeedHttpTest {
    private static final String LEAD_COACH = "tanaka.naoki";
    private static final String SECOND_COACH = "ito.yumi";
    private static final String COUNSELOR = "kato.rie";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("calendar-feed-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        caseId = DemoCase.id(workbench);
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    private static JsonObject issue(String cookie, String body) throws Exception {
        HttpResponse<String> created = client.postJson("/rest/jobcoach/1.0/calendar-feeds", body, cookie);
        assertEquals(created.body(), 201, created.statusCode());
        return JsonParser.parseString(created.body()).getAsJsonObject();
    }

    @Test
    public void theDemoCalendarShowsVisitsByBothCoachesInterviewsReviewsAndSteps() throws Exception {
        String coach = client.signIn(LEAD_COACH);
        LocalDate today = LocalDate.now();
        HttpResponse<String> calendar = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/calendar?from="
                + today.minusDays(200) + "&to=" + today.plusDays(200), coach);
        assertEquals(calendar.body(), 200, calendar.statusCode());
        for (String expected : new String[] {"\"by\":\"PRIMARY\"", "\"by\":\"SECONDARY\"", "\"kind\":\"INTERVIEW\"",
                "\"kind\":\"ACCOMMODATION_REVIEW\"", "\"kind\":\"ACCOMMODATION_STEP\"", "\"kind\":\"PLAN_PHASE\""}) {
            assertTrue(expected, calendar.body().contains(expected));
        }
        assertEquals(400, client.get("/rest/jobcoach/1.0/cases/" + caseId + "/calendar?from=x&to=y", coach).statusCode());
        assertEquals(401, client.get("/rest/jobcoach/1.0/cases/" + caseId + "/calendar?from=" + today + "&to=" + today, null)
                .statusCode());
    }

    @Test
    public void aCalendarProgramFetchesTheFeedByItsTokenAloneAndARevokedTokenIs404() throws Exception {
        String coach = client.signIn(LEAD_COACH);
        JsonObject issued = issue(coach, "{\"caseId\":" + caseId + "}");
        String path = issued.get("path").getAsString();
        assertTrue(path, path.startsWith("/plugins/servlet/jobcoach/calendar/") && path.endsWith(".ics"));

        HttpResponse<String> feed = client.get(path, null);
        assertEquals(feed.body(), 200, feed.statusCode());
        assertEquals("text/calendar; charset=utf-8", feed.headers().firstValue("Content-Type").orElse("").toLowerCase()
                .replace(";charset", "; charset"));
        ICalendar ical = Biweekly.parse(feed.body()).first();
        assertTrue(ical.getEvents().size() > 10);
        boolean initials = false;
        for (VEvent event : ical.getEvents()) {
            String summary = event.getSummary().getValue();
            assertFalse(summary, summary.contains("佐藤") || summary.contains("花子"));
            initials |= summary.endsWith(" 佐.花.");
        }
        assertTrue("the worker's initials", initials);
        assertFalse("no visit notes", feed.body().contains("疲れ") || feed.body().contains("睡眠") || feed.body().contains("短時間勤務"));
        assertEquals(Biweekly.parse(feed.body()).first().getEvents().stream().map(event -> event.getUid().getValue()).toList(),
                Biweekly.parse(client.get(path, null).body()).first().getEvents().stream().map(event -> event.getUid().getValue()).toList());

        assertEquals(404, client.get("/plugins/servlet/jobcoach/calendar/" + "A".repeat(43) + ".ics", null).statusCode());
        assertEquals(404, client.get("/plugins/servlet/jobcoach/calendar/nothing", null).statusCode());
        long id = issued.getAsJsonObject("feed").get("id").getAsLong();
        assertEquals(204, client.delete("/rest/jobcoach/1.0/calendar-feeds/" + id + "?version=1", coach).statusCode());
        assertEquals(404, client.get(path, null).statusCode());
    }

    @Test
    public void aCoachTakenOffTheCaseSeesItsItemsVanishAtOnce() throws Exception {
        String second = client.signIn(SECOND_COACH);
        String path = issue(second, "{\"names\":\"FULL_NAME\",\"label\":\"<b>my cases</b>\"}").get("path").getAsString();
        String before = client.get(path, null).body();
        assertTrue(before.contains("佐藤 花子"));
        assertTrue(before.contains("<b>my cases</b>"));
        String counselor = client.signIn(COUNSELOR);
        HttpResponse<String> removed = client.delete("/rest/jobcoach/1.0/cases/" + caseId + "/team/wbkey-" + SECOND_COACH,
                counselor);
        assertEquals(removed.body(), 200, removed.statusCode());
        HttpResponse<String> after = client.get(path, null);
        assertEquals(200, after.statusCode());
        assertTrue(Biweekly.parse(after.body()).first().getEvents().stream()
                .noneMatch(event -> event.getSummary().getValue().contains("佐藤 花子")));
        // back on the team, for the other tests of this workbench
        HttpResponse<String> back = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/team",
                "{\"member\":{\"username\":\"" + SECOND_COACH + "\",\"role\":\"CENTER_COACH\",\"slot\":\"SECONDARY\"}}", counselor);
        assertEquals(back.body(), 201, back.statusCode());
        assertTrue(client.get(path, null).body().contains("佐藤 花子"));
    }
}
