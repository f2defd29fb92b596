package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
 * The real plugin in the workbench, over HTTP: the demo case's planned visits (alternating coaches, judged against the
 * visits of their weeks), planning one, the refusals that change nothing (400, translated), stale writes (409 with the
 * stored record), non-members (404), and a visit's hand-over in its own field.
 */
public class PlannedVisitsHttpTest {
    private static final String LEAD_COACH = "tanaka.naoki";
    private static final String SECOND_COACH = "ito.yumi";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("planned-visits-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        caseId = DemoCase.id(workbench);
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    private static String planned(String rest) {
        return "/rest/jobcoach/1.0/cases/" + caseId + "/visits/planned" + rest;
    }

    private static JsonArray plannedList(String cookie) throws Exception {
        HttpResponse<String> list = client.get(planned(""), cookie);
        assertEquals(list.body(), 200, list.statusCode());
        return JsonParser.parseString(list.body()).getAsJsonObject().getAsJsonArray("planned");
    }

    @Test
    public void theDemoPlansAlternateBetweenTheCoachesAndThePastOnesAreDone() throws Exception {
        JsonArray list = plannedList(client.signIn(SECOND_COACH));
        assertTrue(list.toString(), list.size() >= 5);
        boolean lead = false;
        boolean second = false;
        boolean done = false;
        boolean upcoming = false;
        for (JsonElement element : list) {
            JsonObject entry = element.getAsJsonObject();
            String coach = entry.getAsJsonObject("plannedVisit").getAsJsonObject("value").get("coachKey").getAsString();
            lead |= coach.equals("wbkey-" + LEAD_COACH);
            second |= coach.equals("wbkey-" + SECOND_COACH);
            done |= entry.get("status").getAsString().equals("DONE") && entry.has("keptOn");
            upcoming |= entry.get("status").getAsString().equals("UPCOMING");
        }
        assertTrue(list.toString(), lead && second && done && upcoming);
    }

    @Test
    public void badInputIsATranslated400ThatChangesNothing() throws Exception {
        String coach = client.signIn(LEAD_COACH);
        int before = plannedList(coach).size();
        String day = LocalDate.now().plusDays(3).toString();

        HttpResponse<String> unknown = client.postJson(planned(""), "{\"plannedVisit\":{\"date\":\"" + day
                + "\",\"coachKey\":\"wbkey-watanabe.makoto\"}}", coach);
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("coachKey") && (unknown.body().contains("職業センタージョブコーチから選んで")
                || unknown.body().contains("Choose one of the case")));
        HttpResponse<String> huge = client.postJson(planned(""), "{\"plannedVisit\":{\"date\":\"" + day
                + "\",\"coachKey\":\"wbkey-" + LEAD_COACH + "\",\"note\":\"" + "x".repeat(1 << 20) + "\"}}", coach);
        assertEquals(400, huge.statusCode());
        HttpResponse<String> early = client.postJson(planned(""), "{\"plannedVisit\":{\"date\":\"2000-01-01\",\"coachKey\":\"wbkey-"
                + LEAD_COACH + "\"}}", coach);
        assertEquals(early.body(), 400, early.statusCode());
        assertTrue(early.body(), early.body().contains("\"date\""));
        HttpResponse<String> badDay = client.get(planned("?from=yesterday"), coach);
        assertEquals(badDay.body(), 400, badDay.statusCode());

        assertEquals(before, plannedList(coach).size());
    }

    @Test
    public void aStaleChangeIsA409WithTheStoredPlanAndNonMembersGet404() throws Exception {
        String coach = client.signIn(SECOND_COACH);
        String day = LocalDate.now().plusDays(10).toString();
        HttpResponse<String> created = client.postJson(planned(""), "{\"plannedVisit\":{\"date\":\"" + day
                + "\",\"coachKey\":\"wbkey-" + SECOND_COACH + "\",\"note\":\"上司と面談\"}}", coach);
        assertEquals(created.body(), 201, created.statusCode());
        long id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();

        String moved = "{\"version\":1,\"plannedVisit\":{\"date\":\"" + day + "\",\"coachKey\":\"wbkey-" + LEAD_COACH + "\"}}";
        assertEquals(200, client.putJson(planned("/" + id), moved, client.signIn(LEAD_COACH)).statusCode());
        HttpResponse<String> stale = client.putJson(planned("/" + id), moved, coach);
        assertEquals(stale.body(), 409, stale.statusCode());
        assertTrue(stale.body(), stale.body().contains("wbkey-" + LEAD_COACH));
        assertEquals(409, client.delete(planned("/" + id + "?version=1"), coach).statusCode());

        String stranger = client.signIn("suzuki.kenta");
        assertEquals(404, client.get(planned(""), stranger).statusCode());
        assertEquals(404, client.delete(planned("/" + id + "?version=2"), stranger).statusCode());
        assertEquals(204, client.delete(planned("/" + id + "?version=2"), coach).statusCode());
        assertEquals(404, client.get(planned("/" + id), coach).statusCode());
    }

    @Test
    public void aVisitsHandOverIsItsOwnFieldAndTheNewestOneComesWithTheList() throws Exception {
        String coach = client.signIn(LEAD_COACH);
        String visits = "/rest/jobcoach/1.0/cases/" + caseId + "/visits";
        HttpResponse<String> created = client.postJson(visits, "{\"visit\":{\"date\":\"" + LocalDate.now()
                + "\",\"coachKeys\":[\"wbkey-" + LEAD_COACH + "\"],\"kind\":\"CONSULTATION\",\"handOver\":\"次回は伊藤さん：上司と残業の確認\"}}", coach);
        assertEquals(created.body(), 201, created.statusCode());
        JsonObject list = JsonParser.parseString(client.get(visits, client.signIn(SECOND_COACH)).body()).getAsJsonObject();
        assertEquals("次回は伊藤さん：上司と残業の確認", list.getAsJsonObject("latestHandOver").getAsJsonObject("value")
                .get("handOver").getAsString());
        String csv = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/exports/visits.csv", coach).body();
        assertTrue(csv, csv.contains("次回は伊藤さん：上司と残業の確認") && (csv.contains("引き継ぎ事項") || csv.contains("Hand-over")));
    }
}
