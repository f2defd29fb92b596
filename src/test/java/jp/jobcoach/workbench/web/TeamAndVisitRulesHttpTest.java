package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench, over HTTP: the in-company coach can neither take the center's staff or the worker
 * off the demo case nor delete a center coach's visit, and is told why; the visit's own coach and the counselor can.
 */
public class TeamAndVisitRulesHttpTest {
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static final String COUNSELOR = "kato.rie";
    private static final String SECOND_COACH = "ito.yumi";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("team-visit-rules-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        caseId = DemoCase.id(workbench);
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void theInCompanyCoachRemovesOnlyTheCompanysPeople() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        for (String staff : new String[] {COUNSELOR, "tanaka.naoki", SECOND_COACH}) {
            HttpResponse<String> refused = client.delete(team("wbkey-" + staff), coach);
            assertEquals(refused.body(), 403, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("カウンセラーだけ") || refused.body().contains("Only the counselor"));
        }
        HttpResponse<String> worker = client.delete(team("wbkey-sato.hanako"), coach);
        assertEquals(worker.body(), 400, worker.statusCode());
        assertTrue(client.get(team(""), coach).body().contains("wbkey-" + SECOND_COACH));

        String counselor = client.signIn(COUNSELOR);
        HttpResponse<String> removed = client.delete(team("wbkey-" + SECOND_COACH), counselor);
        assertEquals(removed.body(), 200, removed.statusCode());
        assertFalse(removed.body().contains("wbkey-" + SECOND_COACH));
        HttpResponse<String> last = client.delete(team("wbkey-tanaka.naoki"), counselor);
        assertEquals("the last center coach stays: " + last.body(), 400, last.statusCode());
    }

    @Test
    public void aCenterCoachsVisitIsDeletedByTheCounselorNotByTheInCompanyCoach() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        JsonObject visit = visitOf("wbkey-tanaka.naoki", coach);
        String path = "/rest/jobcoach/1.0/cases/" + caseId + "/visits/" + visit.get("id").getAsLong()
                + "?version=" + visit.get("version").getAsInt();
        HttpResponse<String> refused = client.delete(path, coach);
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("その訪問をしたジョブコーチとカウンセラーだけ")
                || refused.body().contains("Only the coaches who made this visit"));
        assertEquals(204, client.delete(path, client.signIn(COUNSELOR)).statusCode());
    }

    private static String team(String member) {
        return "/rest/jobcoach/1.0/cases/" + caseId + "/team" + (member.isEmpty() ? "" : "/" + member);
    }

    /** The newest visit on the first page that {@code coachKey} made. */
    private static JsonObject visitOf(String coachKey, String cookie) throws Exception {
        String body = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/visits?size=20", cookie).body();
        for (JsonElement visit : JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("visits")) {
            if (visit.getAsJsonObject().getAsJsonObject("value").getAsJsonArray("coachKeys").toString().contains(coachKey)) {
                return visit.getAsJsonObject();
            }
        }
        throw new AssertionError("no visit of " + coachKey + " in " + body);
    }
}
