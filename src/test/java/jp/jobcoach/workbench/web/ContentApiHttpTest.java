package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PagePermissions;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The subset of Confluence's REST API /rest/api/content that the plugin's browser script uses to make a case's
 * pages: find a page by space and title, create a page under a parent, refused as Confluence refuses.
 */
public class ContentApiHttpTest {
    private static final String CONTENT = "/rest/api/content";
    private static final String SPACE = DemoSeeder.SPACE_KEY;
    private static Workbench workbench;
    private static WorkbenchClient client;
    /** The demo's case page of 佐藤 花子, viewable by her support team only; tanaka.naoki is on it, suzuki.kenta is not. */
    private static long satoCase;
    private static long cases;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("content-api-http"));
        client = new WorkbenchClient(workbench.baseUrl());
        satoCase = workbench.host().pages().pageByTitle(SPACE, "佐藤 花子さんの復職支援").orElseThrow().getId();
        cases = workbench.host().pages().pageByTitle(SPACE, "復職支援ケース").orElseThrow().getId();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aCoachCreatesACaseChildPageFindsItByTitleAndSeesItRendered() throws Exception {
        String coach = client.signIn("tanaka.naoki");
        String title = "佐藤 花子さんの職務分析";
        HttpResponse<String> created = client.postJson(CONTENT, newPage(title, SPACE, new JsonPrimitive(String.valueOf(satoCase)),
                "<p>最初の<strong>職務分析</strong></p><ac:structured-macro ac:name=\"jobcoach-plan\"/>"), coach);
        assertEquals(created.body(), 200, created.statusCode());
        JsonObject page = JsonParser.parseString(created.body()).getAsJsonObject();
        assertTrue("ids are strings, as in Confluence", page.get("id").getAsJsonPrimitive().isString());
        String id = page.get("id").getAsString();
        assertEquals(title, page.get("title").getAsString());
        assertEquals("page", page.get("type").getAsString());
        assertEquals(SPACE, page.getAsJsonObject("space").get("key").getAsString());
        JsonArray ancestors = page.getAsJsonArray("ancestors");
        assertEquals("the parent is the last ancestor", String.valueOf(satoCase), ancestors.get(ancestors.size() - 1).getAsJsonObject().get("id").getAsString());
        assertEquals("made by the signed-in user", "tanaka.naoki", workbench.host().pages().stored(Long.parseLong(id)).orElseThrow().creator());

        JsonObject found = find(SPACE, title, coach);
        assertEquals(1, found.get("size").getAsInt());
        JsonObject hit = found.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals(id, hit.get("id").getAsString());
        String webui = hit.getAsJsonObject("_links").get("webui").getAsString();
        assertEquals("/pages/viewpage.action?pageId=" + id, webui);

        String location = client.get(webui, coach).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> view = client.get(URI.create(location).getRawPath(), coach);
        assertEquals(200, view.statusCode());
        assertTrue("the storage body is rendered, not escaped: " + view.body(), view.body().contains("<strong>職務分析</strong>"));
        assertTrue("its plugin macro is rendered", view.body().contains("jobcoach-macro jobcoach-plan"));

        assertEquals("someone off the team does not find the page, which inherits the case page's restriction",
                0, find(SPACE, title, client.signIn("suzuki.kenta")).get("size").getAsInt());
    }

    @Test
    public void findingAnUnknownTitleAnswersEmptyResults() throws Exception {
        JsonObject found = find(SPACE, "存在しないページ", client.signIn("tanaka.naoki"));
        assertEquals(0, found.get("size").getAsInt());
        assertEquals(0, found.getAsJsonArray("results").size());
    }

    @Test
    public void aSecondPageWithTheSameTitleInTheSpaceIsRefusedAndNothingIsCreated() throws Exception {
        String coach = client.signIn("tanaka.naoki");
        String title = "佐藤 花子さんの勤務予定";
        assertEquals(200, client.postJson(CONTENT, newPage(title, SPACE, new JsonPrimitive(satoCase), "<p>1</p>"), coach).statusCode());
        int pagesBefore = pageCount();
        HttpResponse<String> refused = client.postJson(CONTENT, newPage(title, SPACE, new JsonPrimitive(cases), "<p>2</p>"), coach);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), message(refused).startsWith("A page with this title already exists"));
        assertEquals(pagesBefore, pageCount());
        assertEquals(1, find(SPACE, title, coach).get("size").getAsInt());
    }

    @Test
    public void titlesDifferingOnlyInLetterCaseAreTheSameTitleAsInConfluence() throws Exception {
        String admin = client.signIn("admin");
        assertEquals(200, client.postJson(CONTENT, newPage("Schedule Notes", SPACE, new JsonPrimitive(cases), "<p></p>"), admin).statusCode());
        HttpResponse<String> refused = client.postJson(CONTENT, newPage("schedule notes", SPACE, new JsonPrimitive(cases), "<p></p>"), admin);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("finding by title is exact", 0, find(SPACE, "schedule notes", admin).get("size").getAsInt());
    }

    @Test
    public void withoutAncestorsThePageGoesToTheTopOfTheSpace() throws Exception {
        HttpResponse<String> created = client.postJson(CONTENT, newPage("最上位のページ", SPACE, null, "<p></p>"), client.signIn("admin"));
        assertEquals(created.body(), 200, created.statusCode());
        JsonObject page = JsonParser.parseString(created.body()).getAsJsonObject();
        assertEquals(0, page.getAsJsonArray("ancestors").size());
        assertEquals(null, workbench.host().pages().stored(page.get("id").getAsLong()).orElseThrow().parentId());
    }

    @Test
    public void anonymousRequestsAre401AndCreateNothing() throws Exception {
        int pagesBefore = pageCount();
        assertEquals(401, client.get(CONTENT + "?spaceKey=" + SPACE + "&title=x", null).statusCode());
        assertEquals(401, client.postJson(CONTENT, newPage("匿名", SPACE, new JsonPrimitive(cases), "<p></p>"), null).statusCode());
        assertEquals(pagesBefore, pageCount());
    }

    @Test
    public void aParentTheUserMayNotViewOrThatDoesNotExistIs404() throws Exception {
        String outsider = client.signIn("suzuki.kenta");
        int pagesBefore = pageCount();
        HttpResponse<String> hidden = client.postJson(CONTENT, newPage("覗き見", SPACE, new JsonPrimitive(satoCase), "<p></p>"), outsider);
        assertEquals(hidden.body(), 404, hidden.statusCode());
        assertEquals(404, client.postJson(CONTENT, newPage("無い親", SPACE, new JsonPrimitive(987_654_321L), "<p></p>"), outsider).statusCode());
        assertEquals("unknown space", 404, client.postJson(CONTENT, newPage("無いスペース", "NOPE", null, "<p></p>"), outsider).statusCode());
        assertEquals(pagesBefore, pageCount());
    }

    @Test
    public void aParentTheUserMayViewButNotEditIs403() throws Exception {
        long locked = workbench.host().pages().createPage(SPACE, cases, "編集は管理者のみ", "<p></p>", "admin");
        workbench.host().permissions().restrict(locked, PagePermissions.Kind.EDIT, Set.of("admin"));
        String hr = client.signIn("kobayashi.sho");
        assertEquals("may view it", 200, client.get("/pages/" + locked, hr).statusCode());
        int pagesBefore = pageCount();
        HttpResponse<String> refused = client.postJson(CONTENT, newPage("人事のメモ", SPACE, new JsonPrimitive(locked), "<p></p>"), hr);
        assertEquals(refused.body(), 403, refused.statusCode());
        assertEquals(403, JsonParser.parseString(refused.body()).getAsJsonObject().get("statusCode").getAsInt());
        assertEquals(pagesBefore, pageCount());
        assertEquals(200, client.postJson(CONTENT, newPage("管理者のメモ", SPACE, new JsonPrimitive(locked), "<p></p>"),
                client.signIn("admin")).statusCode());
    }

    @Test
    public void badBodiesAre400AndCreateNothing() throws Exception {
        String coach = client.signIn("tanaka.naoki");
        String parent = "\"ancestors\":[{\"id\":" + cases + "}]";
        String space = "\"space\":{\"key\":\"" + SPACE + "\"}";
        String storage = "\"body\":{\"storage\":{\"value\":\"<p>x</p>\",\"representation\":\"storage\"}}";
        List<String> bad = List.of(
                "{\"type\":\"page\"," + space + "," + parent + "," + storage + "}",
                "{\"type\":\"page\",\"title\":\"  \"," + space + "," + parent + "," + storage + "}",
                "{\"type\":\"blogpost\",\"title\":\"t1\"," + space + "," + parent + "," + storage + "}",
                "{\"title\":\"t2\"," + space + "," + parent + "," + storage + "}",
                "{\"type\":\"page\",\"title\":\"t3\"," + parent + "," + storage + "}",
                "{\"type\":\"page\",\"title\":\"t4\",\"space\":{}," + parent + "," + storage + "}",
                "{\"type\":\"page\",\"title\":\"t5\"," + space + "," + parent + "}",
                "{\"type\":\"page\",\"title\":\"t6\"," + space + "," + parent + "," + storage.replace("\"storage\"}", "\"wiki\"}") + "}",
                "{\"type\":\"page\",\"title\":\"t7\"," + space + ",\"ancestors\":[{\"id\":\"abc\"}]," + storage + "}",
                "{\"type\":\"page\",\"title\":\"" + "長".repeat(256) + "\"," + space + "," + parent + "," + storage + "}",
                "{\"type\":\"page\",\"title\":\"t8\"," + space + "," + parent + "," + storage,
                "{type:\"page\",title:\"t9\"," + space + "," + parent + "," + storage + "}",
                "[]",
                "");
        int pagesBefore = pageCount();
        for (String body : bad) {
            HttpResponse<String> refused = client.postJson(CONTENT, body, coach);
            assertEquals(body + " -> " + refused.body(), 400, refused.statusCode());
            assertEquals(400, JsonParser.parseString(refused.body()).getAsJsonObject().get("statusCode").getAsInt());
            assertFalse(message(refused).isBlank());
        }
        assertEquals(pagesBefore, pageCount());
        assertEquals("a title of 255 characters is allowed", 200, client.postJson(CONTENT,
                "{\"type\":\"page\",\"title\":\"" + "長".repeat(255) + "\"," + space + "," + parent + "," + storage + "}", coach).statusCode());
    }

    /** A create request as the plugin's script sends it; {@code parentId} null makes a page at the top of the space. */
    private static String newPage(String title, String spaceKey, JsonPrimitive parentId, String storage) {
        JsonObject page = new JsonObject();
        page.addProperty("type", "page");
        page.addProperty("title", title);
        JsonObject space = new JsonObject();
        space.addProperty("key", spaceKey);
        page.add("space", space);
        if (parentId != null) {
            JsonObject ancestor = new JsonObject();
            ancestor.add("id", parentId);
            JsonArray ancestors = new JsonArray();
            ancestors.add(ancestor);
            page.add("ancestors", ancestors);
        }
        JsonObject body = new JsonObject();
        body.add("storage", JsonParser.parseString("{\"representation\":\"storage\"}"));
        body.getAsJsonObject("storage").addProperty("value", storage);
        page.add("body", body);
        return page.toString();
    }

    private static JsonObject find(String spaceKey, String title, String cookie) throws Exception {
        HttpResponse<String> response = client.get(CONTENT + "?type=page&spaceKey=" + Html.url(spaceKey) + "&title=" + Html.url(title), cookie);
        assertEquals(response.body(), 200, response.statusCode());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String message(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().get("message").getAsString();
    }

    private static int pageCount() {
        return workbench.host().pages().pagesOf(SPACE).size();
    }
}
