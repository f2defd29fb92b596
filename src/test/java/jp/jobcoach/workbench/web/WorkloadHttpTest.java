package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The workload through the workbench (issue 17): the demo worker's eight weeks with their overload week, the schedule
 * and workload page with its macro, writes by role with translated 400s and 409s, and HR's summary.
 */
public class WorkloadHttpTest {
    private static final String REST = "/rest/jobcoach/1.0";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long satoCase;

    @BeforeClass
    public static void start() throws Exception {
        workbench = Workbench.start(WorkbenchConfig.inMemory("workload-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        String body = client.get(REST + "/cases", client.signIn("sato.hanako")).body();
        satoCase = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    private static JsonObject week(String user, LocalDate day) throws Exception {
        HttpResponse<String> response = client.get(REST + "/cases/" + satoCase + "/workload?week=" + day, client.signIn(user));
        assertEquals(response.body(), 200, response.statusCode());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static List<String> kinds(JsonObject week) {
        return StreamSupport.stream(week.getAsJsonArray("signals").spliterator(), false)
                .map(signal -> signal.getAsJsonObject().get("kind").getAsString()).toList();
    }

    @Test
    public void theDemoWorkerHasEightWeeksWithOneOverloadWeek() throws Exception {
        LocalDate thisWeek = WorkWeek.weekOf(LocalDate.now());
        JsonObject now = week("yamamoto.daisuke", thisWeek);
        long recorded = StreamSupport.stream(now.getAsJsonArray("trend").spliterator(), false)
                .filter(point -> point.getAsJsonObject().get("recorded").getAsBoolean()).count();
        assertEquals(8, recorded);
        assertTrue(kinds(now).toString(), kinds(now).contains("HOLDING_ON"));
        JsonObject overload = week("yamamoto.daisuke", thisWeek.minusWeeks(3));
        assertTrue(kinds(overload).toString(), kinds(overload).containsAll(List.of("PLANNED_OVER_CAPACITY", "ACTUAL_OVER_CAP")));
        assertEquals("the shorter hours are lifted to 7 h by then", 7.0,
                overload.getAsJsonArray("days").get(0).getAsJsonObject().get("capacity").getAsDouble(), 0);
        JsonObject quiet = week("yamamoto.daisuke", thisWeek.minusWeeks(5));
        assertFalse(kinds(quiet).contains("ACTUAL_OVER_CAP"));
    }

    @Test
    public void hrSeesTheSummaryWithoutTasks() throws Exception {
        JsonObject now = week("kobayashi.sho", WorkWeek.weekOf(LocalDate.now()));
        assertEquals(0, now.getAsJsonObject("week").getAsJsonObject("value").getAsJsonArray("tasks").size());
        for (JsonElement signal : now.getAsJsonArray("signals")) {
            assertEquals(0, signal.getAsJsonObject().getAsJsonArray("tasks").size());
        }
        assertFalse(now.toString(), now.toString().contains("配送"));
    }

    @Test
    public void theWorkerEntersActualsAndBadInputIsRefusedInTheirLanguage() throws Exception {
        LocalDate week = WorkWeek.weekOf(LocalDate.now()).plusWeeks(3);
        String worker = client.signIn("sato.hanako");
        String path = REST + "/cases/" + satoCase + "/workload/" + week;
        HttpResponse<String> thirty = client.putJson(path + "/actuals",
                "{\"version\":0,\"actuals\":{\"actualHours\":[30,null,null,null,null,null,null]}}", worker);
        assertEquals(400, thirty.statusCode());
        assertTrue(thirty.body(), thirty.body().contains("actualHours[0]"));
        HttpResponse<String> saved = client.putJson(path + "/actuals",
                "{\"version\":0,\"actuals\":{\"actualHours\":[6,null,null,null,null,null,null]}}", worker);
        assertEquals(saved.body(), 200, saved.statusCode());
        HttpResponse<String> stale = client.putJson(path + "/actuals",
                "{\"version\":0,\"actuals\":{\"actualHours\":[7,null,null,null,null,null,null]}}", worker);
        assertEquals(409, stale.statusCode());
        assertEquals(403, client.putJson(path + "/plan", "{\"version\":1,\"plan\":{\"plannedHours\":[6,6,6,6,6,0,0]}}",
                worker).statusCode());
        assertEquals("another worker is told nothing", 404, client.get(REST + "/cases/" + satoCase + "/workload",
                client.signIn("suzuki.kenta")).statusCode());
    }

    @Test
    public void theSchedulePageIsScheduleAndWorkloadAndShowsTheMacro() throws Exception {
        String coach = client.signIn("watanabe.makoto");
        JsonArray pages = JsonParser.parseString(client.get(REST + "/cases/" + satoCase + "/pages", coach).body())
                .getAsJsonObject().getAsJsonArray("pages");
        JsonObject schedule = StreamSupport.stream(pages.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(page -> page.get("kind").getAsString().equals("SCHEDULE")).findFirst().orElseThrow()
                .getAsJsonObject("link");
        assertEquals("佐藤 花子：スケジュールと業務量", schedule.get("title").getAsString());
        HttpResponse<String> shown = client.get("/pages/" + schedule.get("id").getAsLong(), coach);
        assertEquals(200, shown.statusCode());
        String html = shown.body();
        assertTrue("the week view in the page", html.contains("jobcoach-workload-week"));
        assertTrue(html.contains("<svg"));
        assertTrue("its own resources", html.contains("jobcoach-workload-resources/jobcoach-workload.js"));
        String condition = StreamSupport.stream(pages.spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(page -> page.get("kind").getAsString().equals("CONDITION")).findFirst().orElseThrow()
                .getAsJsonObject("link").get("title").getAsString();
        assertEquals("佐藤 花子：体調", condition);
    }

    /**
     * A task links one of the case's task analyses, chosen and shown by its title for those who see task analyses; the
     * supervisor and HR, who do not, see no title (the supervisor's form sends the link back as it is); an analysis
     * that is not the case's is refused on the task's field.
     */
    @Test
    public void aTaskLinksAnAnalysisOfTheCaseShownByItsTitleOnlyToThoseWhoSeeAnalyses() throws Exception {
        String coach = client.signIn("watanabe.makoto");
        String title = "棚卸しの手順 <b>x</b>";
        HttpResponse<String> created = client.postJson(REST + "/cases/" + satoCase + "/task-analyses",
                "{\"analysis\":{\"title\":\"棚卸しの手順 <b>x</b>\",\"goal\":\"在庫を数える\",\"steps\":[{\"action\":\"棚を確認する\"}]}}",
                coach);
        assertEquals(created.body(), 201, created.statusCode());
        long analysisId = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();
        LocalDate week = WorkWeek.weekOf(LocalDate.now()).plusWeeks(6);
        String path = REST + "/cases/" + satoCase + "/workload/" + week;
        HttpResponse<String> unknown = client.putJson(path + "/plan", "{\"version\":0,\"plan\":{\"plannedHours\":[6,6,6,6,6,0,0],"
                + "\"tasks\":[{\"title\":\"棚卸し\",\"estimatedHours\":3,\"due\":\"" + week.plusDays(2)
                + "\",\"taskAnalysisId\":999999}]}}", coach);
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("tasks[0].taskAnalysisId"));
        assertTrue(unknown.body(), unknown.body().contains("課題分析"));
        JsonObject before = week("watanabe.makoto", week);
        assertTrue("nothing was planned", !before.has("week") || before.get("week").isJsonNull());
        HttpResponse<String> planned = client.putJson(path + "/plan", "{\"version\":0,\"plan\":{\"plannedHours\":[6,6,6,6,6,0,0],"
                + "\"tasks\":[{\"title\":\"棚卸し\",\"estimatedHours\":3,\"due\":\"" + week.plusDays(2)
                + "\",\"taskAnalysisId\":" + analysisId + "}]}}", coach);
        assertEquals(planned.body(), 200, planned.statusCode());

        String seen = client.get(path + "/html", coach).body();
        assertTrue(seen, seen.contains("<bdi>棚卸しの手順 &lt;b&gt;x&lt;/b&gt;</bdi>"));
        assertTrue("the plan form chooses it by title", seen.contains("<option value=\"" + analysisId + "\" selected>棚卸しの手順 &lt;b&gt;x&lt;/b&gt;</option>"));
        assertFalse(seen, seen.contains("<b>x</b>"));
        for (String user : List.of("yamamoto.daisuke", "kobayashi.sho")) {
            String hidden = client.get(path + "/html", client.signIn(user)).body();
            assertFalse(user + ": " + hidden, hidden.contains("棚卸しの手順"));
            assertFalse(user, week(user, week).toString().contains("棚卸しの手順"));
        }
        String supervisor = client.get(path + "/html", client.signIn("yamamoto.daisuke")).body();
        assertTrue("the supervisor sees that a task is linked", supervisor.contains("課題分析あり"));
        assertTrue("and sends the link back unchanged", supervisor.contains("value=\"" + analysisId + "\" data-type=\"int\""));
    }
}
