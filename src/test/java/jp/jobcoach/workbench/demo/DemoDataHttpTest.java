package jp.jobcoach.workbench.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.web.WorkbenchClient;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The demo company's records, made through the plugin's services at start-up, seen over the real plugin's REST
 * API by people in different roles: what each may see, and that outsiders see nothing.
 */
public class DemoDataHttpTest {
    private static Workbench workbench;
    private static WorkbenchClient client;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("demo-data-test"));
        client = new WorkbenchClient(workbench.baseUrl());
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void theCenterCoachSeesAllThreeCasesInTheirPhases() throws Exception {
        JsonArray cases = cases("tanaka.naoki");
        assertEquals(3, cases.size());
        assertEquals("newest first", List.of("PLANNING", "SUPPORT", "SUPPORT"), phases(cases));
    }

    @Test
    public void aWorkerSeesOnlyTheirOwnCase() throws Exception {
        JsonArray cases = cases("suzuki.kenta");
        assertEquals(1, cases.size());
        assertEquals("wbkey-suzuki.kenta", value(cases.get(0)).getAsJsonObject("worker").get("userKey").getAsString());
    }

    @Test
    public void anotherWorkerCannotTellThatACaseExists() throws Exception {
        long satoCase = caseIdOf("sato.hanako");
        assertEquals(404, client.get("/rest/jobcoach/1.0/cases/" + satoCase, client.signIn("suzuki.kenta")).statusCode());
        assertEquals(404, client.get("/rest/jobcoach/1.0/cases/" + satoCase + "/visits", client.signIn("suzuki.kenta")).statusCode());
    }

    @Test
    public void hrIsOnTheTeamButMayNotReadVisitRecords() throws Exception {
        long satoCase = caseIdOf("sato.hanako");
        String hr = client.signIn("kobayashi.sho");
        assertEquals(200, client.get("/rest/jobcoach/1.0/cases/" + satoCase, hr).statusCode());
        assertEquals(403, client.get("/rest/jobcoach/1.0/cases/" + satoCase + "/visits", hr).statusCode());
    }

    @Test
    public void visitsAlternateBetweenTheCoachPairEveryTwoWeeks() throws Exception {
        long satoCase = caseIdOf("sato.hanako");
        String body = client.get("/rest/jobcoach/1.0/cases/" + satoCase + "/visits", client.signIn("ito.yumi")).body();
        JsonArray visits = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("visits");
        assertTrue("about three months of visits: " + visits.size(), visits.size() >= 6);
        String newest = value(visits.get(0)).getAsJsonArray("coachKeys").get(0).getAsString();
        String previous = value(visits.get(1)).getAsJsonArray("coachKeys").get(0).getAsString();
        assertTrue(newest + " then " + previous, !newest.equals(previous));
    }

    @Test
    public void anonymousGetsNothing() throws Exception {
        assertEquals(401, client.get("/rest/jobcoach/1.0/cases", null).statusCode());
    }

    private long caseIdOf(String worker) throws Exception {
        return cases(worker).get(0).getAsJsonObject().get("id").getAsLong();
    }

    /** The first page of the user's cases, newest first. */
    private JsonArray cases(String username) throws Exception {
        String body = client.get("/rest/jobcoach/1.0/cases", client.signIn(username)).body();
        return JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("items");
    }

    private static com.google.gson.JsonObject value(JsonElement stored) {
        return stored.getAsJsonObject().getAsJsonObject("value");
    }

    private static List<String> phases(JsonArray cases) {
        return StreamSupport.stream(cases.spliterator(), false).map(c -> value(c).get("phase").getAsString()).toList();
    }
}
