package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
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

    private static final String BLUEPRINT = "blueprint=jobcoach-case-blueprint";
    private static final String KATO = "kato.rie";
    private static final String HR = "kobayashi.sho";

    @Test
    public void aCounselorCreatesTheHomePageStartsTheCaseAndCreatesItsPagesAsTheScriptDoes() throws Exception {
        String counselor = client.signIn(KATO);
        assertTrue(client.get("/pages/" + parent, counselor).body().contains("/pages/" + parent + "/template"));
        assertEquals(200, client.get("/pages/" + parent + "/template", counselor).statusCode());

        HttpResponse<String> created = client.post("/pages/" + parent + "/template", BLUEPRINT, counselor);
        assertEquals(created.body(), 302, created.statusCode());
        long home = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/pages/", ""));
        StoredPage homePage = workbench.host().pages().stored(home).orElseThrow();
        assertTrue("a neutral provisional title: " + homePage.title(), homePage.title().startsWith("New support case 20"));
        assertEquals("the page holds the case macro and nothing of the worker",
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", homePage.body().strip());
        assertEquals("the blueprint makes one page, as in Confluence", List.of(), childrenOf(home));

        String before = client.get("/pages/" + home, counselor).body();
        assertTrue("the start form asks for the worker", before.contains("data-path=\"/cases\"")
                && before.contains("name=\"case.worker.displayName\""));
        assertTrue("and what the titles name the case by, the number first", before.contains("name=\"case.titles\"")
                && before.indexOf("value=\"CASE_NUMBER\"") < before.indexOf("value=\"WORKER_NAME\""));
        assertTrue("it says who will see the pages", before.contains("Only the case team will see these pages"));
        assertTrue("the script is told to create the pages next", before.contains("data-jobcoach-then=\"pages\""));
        assertFalse("creating the page opened no case", client.get("/rest/jobcoach/1.0/cases", counselor).body()
                .contains("\"rootPageId\":" + home));

        String start = "{\"creatorRole\":\"COUNSELOR\",\"case\":{\"worker\":{\"displayName\":\"<b>山田</b> 太郎\"},"
                + "\"department\":\"物流部\",\"leaveStart\":\"2025-10-01\",\"returnDate\":\"2026-04-01\",\"supports\":[],"
                + "\"rootPageId\":" + home + "}}";
        HttpResponse<String> opened = client.postJson("/rest/jobcoach/1.0/cases", start, counselor);
        assertEquals(opened.body(), 201, opened.statusCode());
        JsonObject openedCase = JsonParser.parseString(opened.body()).getAsJsonObject();
        long caseId = openedCase.get("id").getAsLong();
        String number = openedCase.getAsJsonObject("value").get("number").getAsString();
        assertTrue(number, number.matches("20\\d\\d-\\d{4}"));
        assertEquals("CASE_NUMBER", openedCase.getAsJsonObject("value").get("titles").getAsString());
        assertEquals("the home page is the team's at once", Set.of(KATO), restrictions(home, Kind.VIEW));

        renameHome(missing(caseId, counselor), counselor);
        assertEquals("Support case " + number, workbench.host().pages().stored(home).orElseThrow().title());
        createMissingPages(caseId, counselor);
        List<StoredPage> children = childrenOf(home);
        String name = "Support case " + number;
        assertEquals(List.of(name + ": support plan", name + ": retention interviews", name + ": task analysis",
                name + ": condition", name + ": schedule and workload"), children.stream().map(StoredPage::title).toList());
        for (StoredPage page : workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY)) {
            if (page.id() == home || Long.valueOf(home).equals(page.parentId())) {
                assertFalse(page.title() + " names the worker", page.body().contains("山田") || page.title().contains("山田"));
                assertFalse(page.title() + " names the department", page.body().contains("物流部"));
                assertFalse(page.title() + " holds a date", page.body().contains("2025-10-01") || page.body().contains("2026-04-01"));
            }
        }
        assertEquals("nothing is missing any more", 0, missing(caseId, counselor).getAsJsonArray("pages").size());

        String after = client.get("/pages/" + home, counselor).body();
        assertTrue(after, after.contains("jobcoach-macro jobcoach-case") && after.contains("物流部"));
        assertFalse("the form is gone once the case exists", after.contains("data-path=\"/cases\""));
        assertTrue("the panel links the plan page", after.contains("/pages/viewpage.action?pageId=" + children.get(0).id()));
        assertFalse("and offers to create nothing", after.contains("data-jobcoach-pages"));
        assertTrue("and says who can see the pages", after.contains("Only the case team can see these pages:"));
        String plan = client.get("/pages/" + children.get(0).id(), counselor).body();
        assertTrue(plan, plan.contains("jobcoach-macro jobcoach-plan"));
        assertEquals("a second case on the same tree is refused", 400,
                client.postJson("/rest/jobcoach/1.0/cases", start, counselor).statusCode());

        restrictionsFollowTheTeam(caseId, home, children, counselor);
    }

    /** The pages follow team changes; a change the counselor may not make on a page shows as pending until retried. */
    private static void restrictionsFollowTheTeam(long caseId, long home, List<StoredPage> children, String counselor) throws Exception {
        String hr = client.signIn(HR);
        assertEquals("not on the team: the page is not there", 404, client.get("/pages/" + home, hr).statusCode());
        assertEquals(404, client.get("/rest/api/content/" + home, hr).statusCode());
        HttpResponse<String> added = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/team",
                "{\"member\":{\"username\":\"" + HR + "\",\"role\":\"HR\"}}", counselor);
        assertEquals(added.body(), 201, added.statusCode());
        assertEquals(Set.of(KATO, HR), restrictions(home, Kind.VIEW));
        assertEquals(200, client.get("/pages/" + home, hr).statusCode());
        long condition = children.get(3).id();
        assertEquals("HR sees no health data", Set.of(KATO), restrictions(condition, Kind.VIEW));
        assertEquals(404, client.get("/pages/" + condition, hr).statusCode());
        assertEquals(200, client.get("/pages/" + children.get(4).id(), hr).statusCode());

        // an administrator locks the condition page's editing: the counselor can no longer restrict it
        workbench.host().permissions().restrict(condition, Kind.EDIT, Set.of("admin"));
        String nurse = "nakamura.megumi";
        assertEquals(201, client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/team",
                "{\"member\":{\"username\":\"" + nurse + "\",\"role\":\"OCCUPATIONAL_HEALTH\"}}", counselor).statusCode());
        assertEquals("the other pages follow the change", Set.of(KATO, HR, nurse), restrictions(home, Kind.VIEW));
        assertEquals("the refused condition page waits", Set.of(KATO), restrictions(condition, Kind.VIEW));
        JsonObject pending = JsonParser.parseString(client.get("/rest/jobcoach/1.0/cases/" + caseId + "/pages/restrictions",
                hr).body()).getAsJsonObject();
        assertTrue(pending.get("pending").getAsBoolean());
        String panel = client.get("/pages/" + home, counselor).body();
        assertTrue(panel, panel.contains("The pages are not yet restricted") && panel.contains("/pages/restrictions"));
        assertEquals("HR does not change the team, so does not retry", 403,
                client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/pages/restrictions", "", hr).statusCode());

        workbench.host().permissions().restrict(condition, Kind.EDIT, Set.of());
        HttpResponse<String> retried = client.postJson("/rest/jobcoach/1.0/cases/" + caseId + "/pages/restrictions", "", counselor);
        assertEquals(retried.body(), 200, retried.statusCode());
        assertFalse(JsonParser.parseString(retried.body()).getAsJsonObject().get("pending").getAsBoolean());
        assertEquals(Set.of(KATO, HR, nurse), restrictions(home, Kind.VIEW));
        assertEquals(Set.of(KATO, nurse), restrictions(condition, Kind.VIEW));
        assertFalse(client.get("/pages/" + home, counselor).body().contains("The pages are not yet restricted"));

        assertEquals(200, client.delete("/rest/jobcoach/1.0/cases/" + caseId + "/team/wbkey-" + HR, counselor).statusCode());
        assertEquals(404, client.get("/pages/" + home, hr).statusCode());
    }

    private static Set<String> restrictions(long pageId, Kind kind) {
        return workbench.host().permissions().restrictions(pageId, kind);
    }

    /** What jobcoach.js does right after the start form opened the case: the home page takes the case's title. */
    private static void renameHome(JsonObject missing, String cookie) throws Exception {
        String url = "/rest/api/content/" + missing.get("parentPageId").getAsLong();
        JsonObject home = JsonParser.parseString(client.get(url + "?expand=body.storage,version", cookie).body()).getAsJsonObject();
        JsonObject update = new JsonObject();
        update.addProperty("type", "page");
        update.addProperty("title", missing.get("homeTitle").getAsString());
        update.add("version", JsonParser.parseString("{\"number\":" + (home.getAsJsonObject("version").get("number").getAsInt() + 1) + "}"));
        update.add("body", home.get("body"));
        HttpResponse<String> stale = client.putJson(url, update.toString().replace("\"number\":" + (home.getAsJsonObject("version")
                .get("number").getAsInt() + 1), "\"number\":1"), cookie);
        assertEquals("the version it makes, else a conflict", 409, stale.statusCode());
        HttpResponse<String> renamed = client.putJson(url, update.toString(), cookie);
        assertEquals(renamed.body(), 200, renamed.statusCode());
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
    public void someoneWhoMayNotEditTheParentCannotCreateThere() throws Exception {
        long locked = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, parent, "編集制限", "<p></p>", "admin");
        workbench.host().permissions().restrict(locked, jp.jobcoach.workbench.host.PagePermissions.Kind.EDIT, java.util.Set.of("admin"));
        String hr = client.signIn("kobayashi.sho");
        assertEquals(403, client.post("/pages/" + locked + "/template", BLUEPRINT, hr).statusCode());
        assertFalse(client.get("/pages/" + locked, hr).body().contains("/template"));
    }
}
