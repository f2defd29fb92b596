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
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workspace.service.CaseService;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench: the worker revokes a consent over REST, and the very next request of the
 * in-company coach gets the interviews without the worker's account, over REST and on the interviews page alike;
 * the counselor's case panel lists the revoked consent. The demo's case in support starts with the consents of an
 * ordinary intake (DemoCaseRecords).
 */
public class ConsentHttpTest {
    private static final String WORKER = "sato.hanako";
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;
    private static long interviewsPage;
    private static long casePage;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("consent-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        casePage = DemoCase.page(workbench);
        interviewsPage = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：定着面談").orElseThrow().getId();
        caseId = workbench.component(CaseService.class).caseOfPage(casePage).orElseThrow();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aRevocationHoldsAtOnceOnRestAndOnTheInterviewsPage() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        assertTrue("with the consent, ratings and worries", interviewsJson(coach).contains("\"worries\""));
        assertTrue(interviewsJson(coach).contains("\"FATIGUE\""));
        assertTrue("and the trend chart", page(interviewsPage, coach).contains("jobcoach-trend"));

        String worker = client.signIn(WORKER);
        JsonObject consent = activeConsent(worker, "WORKER_ACCOUNT", "IN_COMPANY_COACH");
        HttpResponse<String> revoked = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/consents/"
                + consent.get("id").getAsLong() + "/revoke", "{\"version\":" + consent.get("version").getAsInt() + "}", worker);
        assertEquals(revoked.body(), 200, revoked.statusCode());

        String after = interviewsJson(coach);
        assertFalse(after, after.contains("\"worries\"") || after.contains("\"FATIGUE\"") || after.contains("\"workerAccount\""));
        assertTrue("the rest of the interview stays", after.contains("\"workVolume\"") && after.contains("\"newActions\""));
        String html = page(interviewsPage, coach);
        assertFalse("no chart, no ratings", html.contains("jobcoach-trend") || html.contains("interview.ratings"));
        assertTrue("the center coach still sees them: the consent was for one role",
                interviewsJson(client.signIn("tanaka.naoki")).contains("\"worries\""));

        String counselorPanel = page(casePage, client.signIn("kato.rie"));
        assertTrue(counselorPanel, counselorPanel.contains("jobcoach-consent-missing"));
        HttpResponse<String> again = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/consents/"
                + consent.get("id").getAsLong() + "/revoke", "{\"version\":" + consent.get("version").getAsInt() + "}", worker);
        assertEquals("a second revocation of the same version is stale", 409, again.statusCode());
    }

    @Test
    public void theSupervisorNeverSeesTheWorkersAccount() throws Exception {
        String boss = client.signIn("yamamoto.daisuke");
        String json = interviewsJson(boss);
        assertFalse(json, json.contains("\"worries\"") || json.contains("\"workerAccount\"") || json.contains("\"FATIGUE\""));
        assertTrue(json.contains("\"workStatus\"") && json.contains("\"companyObservations\""));
        HttpResponse<String> give = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/consents",
                "{\"consent\":{\"category\":\"WORKER_ACCOUNT\",\"role\":\"SUPERVISOR\",\"means\":\"IN_PRODUCT\"}}",
                client.signIn(WORKER));
        assertEquals("the matrix is the ceiling: nothing to consent to", 400, give.statusCode());
    }

    private static String interviewsJson(String cookie) throws Exception {
        HttpResponse<String> response = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/interviews", cookie);
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    private static String page(long pageId, String cookie) throws Exception {
        HttpResponse<String> response = client.get("/pages/" + pageId, cookie);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static JsonObject activeConsent(String cookie, String category, String role) throws Exception {
        JsonObject ledger = JsonParser.parseString(client.get("/rest/jobcoach/1.0/cases/" + caseId + "/consents", cookie)
                .body()).getAsJsonObject();
        for (JsonElement each : ledger.getAsJsonArray("consents")) {
            JsonObject value = each.getAsJsonObject().getAsJsonObject("value");
            if (value.get("category").getAsString().equals(category) && value.get("role").getAsString().equals(role)
                    && !value.has("revokedAt")) {
                return each.getAsJsonObject();
            }
        }
        throw new AssertionError("no active consent " + category + " " + role + " in " + ledger);
    }
}
