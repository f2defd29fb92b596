package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PageStore.StoredPage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The create flow in the workbench: a counselor makes the case's home page from the plugin's blueprint, starts the
 * case from the home page's form (the REST call that form sends), creates the case's other pages as jobcoach.js
 * does (through Confluence's REST API, then filed with the case), and the macros then show the case.
 */
public class CaseCreateFlowHttpTest {
    private static final String WORKER = "<b>山田</b> 太郎";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long parent;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("case-create-flow"));
        client = new WorkbenchClient(workbench.baseUrl());
        parent = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    private static String form(String worker, String leaveStart, String returnDate) {
        return "blueprint=jobcoach-case-blueprint&workerName=" + URLEncoder.encode(worker, StandardCharsets.UTF_8)
                + "&department=" + URLEncoder.encode("物流部", StandardCharsets.UTF_8)
                + "&leaveStart=" + leaveStart + "&returnDate=" + returnDate;
    }

    @Test
    public void aCounselorCreatesTheHomePageStartsTheCaseAndCreatesItsPagesAsTheScriptDoes() throws Exception {
        String counselor = client.signIn("kato.rie");
        assertTrue(client.get("/pages/" + parent, counselor).body().contains("/pages/" + parent + "/template"));
        assertEquals(200, client.get("/pages/" + parent + "/template", counselor).statusCode());

        HttpResponse<String> created = client.post("/pages/" + parent + "/template", form(WORKER, "2025-10-01", "2026-04-01"), counselor);
        assertEquals(created.body(), 302, created.statusCode());
        long home = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/pages/", ""));
        StoredPage homePage = workbench.host().pages().stored(home).orElseThrow();
        assertEquals("Case: " + WORKER, homePage.title());
        assertFalse("the template's variables are filled in", homePage.body().contains("at:var"));
        assertEquals("the blueprint makes one page, as in Confluence", List.of(), childrenOf(home));

        String before = client.get("/pages/" + home, counselor).body();
        assertTrue("the start form, prefilled", before.contains("data-path=\"/cases\"") && before.contains("value=\"2026-04-01\""));
        assertTrue("the worker's name escaped", before.contains("&lt;b&gt;山田&lt;/b&gt; 太郎") && !before.contains("<b>山田"));
        assertTrue("the script is told to create the pages next", before.contains("data-jobcoach-then=\"pages\""));
        assertFalse("creating the page opened no case", client.get("/rest/jobcoach/1.0/cases", counselor).body()
                .contains("\"rootPageId\":" + home));

        String start = "{\"creatorRole\":\"COUNSELOR\",\"case\":{\"worker\":{\"displayName\":\"<b>山田</b> 太郎\"},"
                + "\"department\":\"物流部\",\"leaveStart\":\"2025-10-01\",\"returnDate\":\"2026-04-01\",\"supports\":[],"
                + "\"rootPageId\":" + home + "}}";
        HttpResponse<String> opened = client.postJson("/rest/jobcoach/1.0/cases", start, counselor);
        assertEquals(opened.body(), 201, opened.statusCode());
        long caseId = JsonParser.parseString(opened.body()).getAsJsonObject().get("id").getAsLong();

        createMissingPages(caseId, counselor);
        List<StoredPage> children = childrenOf(home);
        assertEquals(List.of(WORKER + ": support plan", WORKER + ": retention interviews", WORKER + ": task analysis",
                WORKER + ": condition and workload", WORKER + ": schedule"), children.stream().map(StoredPage::title).toList());
        assertEquals("nothing is missing any more", 0, missing(caseId, counselor).getAsJsonArray("pages").size());

        String after = client.get("/pages/" + home, counselor).body();
        assertTrue(after, after.contains("jobcoach-macro jobcoach-case") && after.contains("物流部"));
        assertFalse("the form is gone once the case exists", after.contains("data-path=\"/cases\""));
        assertTrue("the panel links the plan page", after.contains("/pages/viewpage.action?pageId=" + children.get(0).id()));
        assertFalse("and offers to create nothing", after.contains("data-jobcoach-pages"));
        String plan = client.get("/pages/" + children.get(0).id(), counselor).body();
        assertTrue(plan, plan.contains("jobcoach-macro jobcoach-plan"));
        assertEquals("a second case on the same tree is refused", 400,
                client.postJson("/rest/jobcoach/1.0/cases", start, counselor).statusCode());
    }

    /** What jobcoach.js does after the case opened: each missing page through Confluence's REST API, then filed. */
    private static void createMissingPages(long caseId, String cookie) throws Exception {
        JsonObject missing = missing(caseId, cookie);
        for (JsonElement element : missing.getAsJsonArray("pages")) {
            JsonObject draft = element.getAsJsonObject();
            JsonObject page = new JsonObject();
            page.addProperty("type", "page");
            page.addProperty("title", draft.getAsJsonArray("titles").get(0).getAsString());
            page.add("space", JsonParser.parseString("{\"key\":\"" + missing.get("spaceKey").getAsString() + "\"}"));
            page.add("ancestors", JsonParser.parseString("[{\"id\":" + missing.get("parentPageId").getAsLong() + "}]"));
            JsonObject storage = new JsonObject();
            storage.addProperty("value", draft.get("body").getAsString());
            storage.addProperty("representation", "storage");
            JsonObject body = new JsonObject();
            body.add("storage", storage);
            page.add("body", body);
            HttpResponse<String> made = client.postJson("/rest/api/content", page.toString(), cookie);
            assertEquals(made.body(), 200, made.statusCode());
            String pageId = JsonParser.parseString(made.body()).getAsJsonObject().get("id").getAsString();
            HttpResponse<String> filed = client.putJson("/rest/jobcoach/1.0/cases/" + caseId + "/pages/"
                    + draft.get("kind").getAsString(), "{\"pageId\":" + pageId + "}", cookie);
            assertEquals(filed.body(), 200, filed.statusCode());
        }
    }

    private static JsonObject missing(long caseId, String cookie) throws Exception {
        HttpResponse<String> missing = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/pages/missing", cookie);
        assertEquals(missing.body(), 200, missing.statusCode());
        return JsonParser.parseString(missing.body()).getAsJsonObject();
    }

    private static List<StoredPage> childrenOf(long pageId) {
        return workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY).stream()
                .filter(page -> Long.valueOf(pageId).equals(page.parentId())).toList();
    }

    @Test
    public void refusedInputComesBackTranslatedWithTheTextKeptAndNothingCreated() throws Exception {
        String counselor = client.signIn("kato.rie");
        int pagesBefore = workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY).size();
        HttpResponse<String> refused = client.post("/pages/" + parent + "/template", form("", "2026-04-01", "2025-10-01"), counselor);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("Worker is required."));
        assertTrue(refused.body().contains("Return-to-work date must not be before Leave start date."));
        assertTrue("kept", refused.body().contains("value=\"2025-10-01\""));
        assertEquals(pagesBefore, workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY).size());
    }

    @Test
    public void someoneWhoMayNotEditTheParentCannotCreateThere() throws Exception {
        long locked = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, parent, "編集制限", "<p></p>", "admin");
        workbench.host().permissions().restrict(locked, jp.jobcoach.workbench.host.PagePermissions.Kind.EDIT, java.util.Set.of("admin"));
        String hr = client.signIn("kobayashi.sho");
        assertEquals(403, client.post("/pages/" + locked + "/template", form("山田", "", ""), hr).statusCode());
        assertFalse(client.get("/pages/" + locked, hr).body().contains("/template"));
    }
}
