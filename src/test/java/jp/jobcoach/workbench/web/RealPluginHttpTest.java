package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench over HTTP: a counselor opens a case on a demo worker's page tree through the
 * REST API; the page's macro shows it escaped to the team, and nobody else learns anything about it.
 */
public class RealPluginHttpTest {
    private static final String HOSTILE_NAME = "<script>alert(1)</script>佐藤 花子";
    private static final String RESOURCES = "/download/resources/jp.jobcoach.workspace:";
    private static final String CORE_CSS = RESOURCES + "jobcoach-resources/jobcoach.css";
    private static final String CORE_JS = RESOURCES + "jobcoach-resources/jobcoach.js";
    private static final String INTERVIEWS_CSS = RESOURCES + "jobcoach-interviews-resources/jobcoach-interviews.css";
    private static final String INTERVIEWS_JS = RESOURCES + "jobcoach-interviews-resources/jobcoach-interviews.js";
    private static final String TIMELINE_CSS = RESOURCES + "jobcoach-timeline-resources/jobcoach-timeline.css";
    private static final String TIMELINE_JS = RESOURCES + "jobcoach-timeline-resources/jobcoach-timeline.js";
    private static Workbench workbench;
    private static long casePage;
    private static long caseId;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeClass
    public static void startAndOpenACase() throws Exception {
        workbench = Workbench.start(WorkbenchConfig.inMemory("real-plugin-http"));
        long cases = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        casePage = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, cases, "新しいケース",
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", "admin");
        JsonObject request = JsonParser.parseString("{\"creatorRole\":\"COUNSELOR\",\"case\":{\"worker\":{\"userKey\":"
                + "\"wbkey-sato.hanako\"},\"department\":\"物流部\",\"leaveStart\":\"2025-10-01\",\"returnDate\":\"2026-04-01\","
                + "\"supports\":[],\"rootPageId\":" + casePage + "}}").getAsJsonObject();
        request.getAsJsonObject("case").getAsJsonObject("worker").addProperty("displayName", HOSTILE_NAME);
        HttpResponse<String> created = send("POST", "/rest/jobcoach/1.0/cases", request.toString(), signIn("kato.rie"));
        assertEquals(created.body(), 201, created.statusCode());
        caseId = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void theCasePageShowsThePanelWithTheWorkersNameEscaped() throws Exception {
        String html = send("GET", "/pages/" + casePage, null, signIn("kato.rie")).body();
        assertTrue(html, html.contains("jobcoach-macro jobcoach-case"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;佐藤 花子"));
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue("the plugin's script and styles are on the page", html.contains(CORE_JS) && html.contains(CORE_CSS));
        assertFalse("the interview form's are not", html.contains(INTERVIEWS_JS) || html.contains(INTERVIEWS_CSS));
    }

    @Test
    public void theInterviewsMacroLoadsItsResourcesAfterTheCoreOnesEachOnce() throws Exception {
        long page = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, casePage, "面談と概要",
                "<ac:structured-macro ac:name=\"jobcoach-interviews\"/><ac:structured-macro ac:name=\"jobcoach-case\"/>", "admin");
        String html = send("GET", "/pages/" + page, null, signIn("kato.rie")).body();
        assertTrue(html, html.contains("jobcoach-macro jobcoach-interviews"));
        for (String url : new String[] {CORE_CSS, CORE_JS, INTERVIEWS_CSS, INTERVIEWS_JS}) {
            assertEquals(url, html.indexOf(url), html.lastIndexOf(url));
            assertTrue(url, html.contains(url));
        }
        assertTrue("the interview script after the one that sends its form", html.indexOf(CORE_JS) < html.indexOf(INTERVIEWS_JS));
        assertTrue(html.indexOf(CORE_CSS) < html.indexOf(INTERVIEWS_CSS));
        assertTrue("in the head", html.indexOf(INTERVIEWS_JS) < html.indexOf("</head>"));
        assertFalse("nor the timeline's", html.contains(TIMELINE_JS) || html.contains(TIMELINE_CSS));
    }

    @Test
    public void theTimelineMacroLoadsItsOwnResourcesNotTheInterviewForms() throws Exception {
        long page = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, casePage, "経過",
                "<ac:structured-macro ac:name=\"jobcoach-timeline\"/>", "admin");
        String html = send("GET", "/pages/" + page, null, signIn("kato.rie")).body();
        assertTrue(html, html.contains("jobcoach-macro jobcoach-timeline"));
        for (String url : new String[] {CORE_CSS, CORE_JS, TIMELINE_CSS, TIMELINE_JS}) {
            assertEquals(url, html.indexOf(url), html.lastIndexOf(url));
            assertTrue(url, html.contains(url));
        }
        assertTrue(html.indexOf(CORE_JS) < html.indexOf(TIMELINE_JS) && html.indexOf(CORE_CSS) < html.indexOf(TIMELINE_CSS));
        assertFalse(html.contains(INTERVIEWS_JS) || html.contains(INTERVIEWS_CSS));
        assertEquals("the script and styles are served", 200, send("GET", TIMELINE_JS, null, signIn("kato.rie")).statusCode());
    }

    @Test
    public void pagesWithoutOurMacrosLoadNothingOfOurs() throws Exception {
        long plain = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, null, "ふつうのページ", "<p>macro-free</p>", "admin");
        String admin = signIn("admin");
        assertTrue("a macro page first, on the same server threads", send("GET", "/pages/" + casePage, null, admin).body().contains(CORE_JS));
        for (String path : new String[] {"/pages/" + plain, "/spaces/" + DemoSeeder.SPACE_KEY, "/inbox", "/pages/" + casePage + "/edit"}) {
            String html = send("GET", path, null, admin).body();
            assertTrue(path, html.contains("</head>"));
            assertFalse(path + ": " + html, html.contains(RESOURCES));
        }
    }

    @Test
    public void restAnswersJsonToTheTeam() throws Exception {
        HttpResponse<String> response = send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, signIn("kato.rie"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(HOSTILE_NAME, body.getAsJsonObject("value").getAsJsonObject("worker").get("displayName").getAsString());
        assertEquals("[\"COUNSELOR\"]", body.get("roles").toString());
    }

    @Test
    public void aDemoUserOutsideTheCaseLearnsNothing() throws Exception {
        String coach = signIn("tanaka.naoki");
        assertEquals(404, send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, coach).statusCode());
        String html = send("GET", "/pages/" + casePage, null, coach).body();
        assertTrue("may view the page, is not on the case", html.contains("jobcoach-macro jobcoach-case"));
        assertFalse(html.contains("alert(1)"));
        assertFalse(html.contains("物流部"));
        assertEquals(404, send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, signIn("suzuki.kenta")).statusCode());
    }

    @Test
    public void anonymousGets401() throws Exception {
        assertEquals(401, send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, null).statusCode());
        assertEquals(401, send("GET", "/rest/jobcoach/1.0/cases/" + caseId + "/plan", null, null).statusCode());
    }

    @Test
    public void theIconFolderIsServed() throws Exception {
        HttpResponse<String> icon = send("GET", RESOURCES + "jobcoach-resources/images/jobcoach-icon.svg", null, signIn("kato.rie"));
        assertEquals(200, icon.statusCode());
        assertTrue(icon.body().contains("<svg"));
    }

    private static String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/switcher", "username=" + username + "&next=/", null);
        assertEquals(302, response.statusCode());
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static HttpResponse<String> send(String method, String path, String body, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.startsWith("/rest/") ? "application/json" : "application/x-www-form-urlencoded");
            request.header("X-Atlassian-Token", "no-check");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
