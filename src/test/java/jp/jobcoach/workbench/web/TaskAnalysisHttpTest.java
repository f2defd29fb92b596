package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench, over HTTP: the demo worker's two task analyses with their figures; the in-company
 * coach records a session (201) and sees it on the timeline; a level out of range is a translated 400; a stale
 * correction a 409 with the session as it is; HR is refused; the task-analysis page renders the macro with its own
 * resources; the CSV downloads with its BOM.
 */
public class TaskAnalysisHttpTest {
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("task-analysis-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        caseId = DemoCase.id(workbench);
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    private static String base() {
        return "/rest/jobcoach/1.0/cases/" + caseId + "/task-analyses";
    }

    @Test
    public void theDemoAnalysesShowFadingAndOneRegression() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        HttpResponse<String> list = client.get(base(), coach);
        assertEquals(list.body(), 200, list.statusCode());
        JsonArray analyses = JsonParser.parseString(list.body()).getAsJsonObject().getAsJsonArray("analyses");
        assertEquals(2, analyses.size());
        JsonObject report = analyses.get(0).getAsJsonObject();
        assertEquals("日報入力", report.getAsJsonObject("analysis").getAsJsonObject("value").get("title").getAsString());
        assertEquals(100, report.getAsJsonObject("latestRate").get("percent").getAsInt());
        assertTrue(report.get("readyToFade").getAsInt() >= 2);
        JsonObject mail = analyses.get(1).getAsJsonObject();
        assertEquals("FALLING", mail.get("trend").getAsString());
        long regressed = mail.getAsJsonArray("steps").asList().stream()
                .filter(step -> step.getAsJsonObject().get("regressed").getAsBoolean()).count();
        assertEquals(2, regressed);
        assertEquals(403, client.get(base(), client.signIn("kobayashi.sho")).statusCode());
    }

    @Test
    public void aSessionIsRecordedRefusedWhenBadAndConflictsWhenStale() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        JsonObject sheet = JsonParser.parseString(client.get(base(), coach).body()).getAsJsonObject()
                .getAsJsonArray("analyses").get(0).getAsJsonObject();
        long analysisId = sheet.getAsJsonObject("analysis").get("id").getAsLong();
        long step = sheet.getAsJsonArray("steps").get(0).getAsJsonObject().get("stepId").getAsLong();
        String sessions = base() + "/" + analysisId + "/sessions";

        HttpResponse<String> bad = client.postJson(sessions, "{\"session\":{\"date\":\"" + LocalDate.now()
                + "\",\"observations\":[{\"stepId\":" + step + ",\"level\":9}]}}", coach);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("observations[0].level") && bad.body().contains("援助の程度"));

        HttpResponse<String> created = client.postJson(sessions, "{\"session\":{\"date\":\"" + LocalDate.now()
                + "\",\"observations\":[{\"stepId\":" + step + ",\"level\":4}]}}", coach);
        assertEquals(created.body(), 201, created.statusCode());
        long session = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();
        String correction = "{\"version\":1,\"session\":{\"date\":\"" + LocalDate.now() + "\",\"observations\":[{\"stepId\":"
                + step + ",\"level\":3}]}}";
        assertEquals(200, client.putJson(sessions + "/" + session, correction, coach).statusCode());
        HttpResponse<String> stale = client.putJson(sessions + "/" + session, correction, client.signIn("tanaka.naoki"));
        assertEquals(stale.body(), 409, stale.statusCode());
        assertEquals(2, JsonParser.parseString(stale.body()).getAsJsonObject().getAsJsonObject("current").get("version").getAsInt());

        String timeline = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/timeline?kinds=TASK_SESSION", coach).body();
        assertTrue(timeline, timeline.contains("\"" + session + "\"") || timeline.contains(":" + session + ","));
    }

    @Test
    public void theTaskAnalysisPageRendersTheMacroWithItsOwnResourcesAndTheCsvDownloads() throws Exception {
        String coach = client.signIn(COMPANY_COACH);
        long page = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：課題分析").orElseThrow().getId();
        String html = client.get("/pages/" + page, coach).body();
        assertTrue(html.contains("jobcoach-task-analysis-resources/jobcoach-task-analysis.js"));
        assertTrue(html.contains("郵便物の仕分け") && html.contains("<svg class=\"jobcoach-chart jobcoach-ta-chart\""));
        assertFalse(html.contains("今後のバージョンで追加されます"));

        HttpResponse<String> csv = client.get(base() + "/export.csv", coach);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"));
        assertTrue(csv.body().contains("郵便物の仕分け") && csv.body().contains(",4,自立,"));
    }
}
