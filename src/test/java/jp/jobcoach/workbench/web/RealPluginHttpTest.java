package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workspace.service.PeopleService;
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
        String html = viewOfNewPage("面談と概要", "jobcoach-interviews", "jobcoach-case");
        assertTrue(html, html.contains("jobcoach-macro jobcoach-interviews"));
        assertLinkedOnceEach(html, CORE_CSS, CORE_JS, INTERVIEWS_CSS, INTERVIEWS_JS);
        assertTrue("the interview script after the one that sends its form", html.indexOf(CORE_JS) < html.indexOf(INTERVIEWS_JS));
        assertTrue(html.indexOf(CORE_CSS) < html.indexOf(INTERVIEWS_CSS));
        assertTrue("in the head", html.indexOf(INTERVIEWS_JS) < html.indexOf("</head>"));
        assertFalse("nor the timeline's", html.contains(TIMELINE_JS) || html.contains(TIMELINE_CSS));
    }

    @Test
    public void theTimelineMacroLoadsItsOwnResourcesNotTheInterviewForms() throws Exception {
        String html = viewOfNewPage("経過", "jobcoach-timeline");
        assertTrue(html, html.contains("jobcoach-macro jobcoach-timeline"));
        assertLinkedOnceEach(html, CORE_CSS, CORE_JS, TIMELINE_CSS, TIMELINE_JS);
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
        HttpResponse<String> page = send("GET", "/pages/" + casePage, null, coach);
        assertEquals("the case's page is restricted to its team (docs/decisions.md #15)", 404, page.statusCode());
        String html = page.body();
        assertFalse(html.contains("jobcoach-macro"));
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

    /**
     * A cross-site page can make the browser POST with the user's cookie but without a JSON content type and
     * without Atlassian's token: Confluence's REST layer refuses that (403), and the plugin takes writes as JSON only
     * (415), so such a write changed nothing before and changes nothing now.
     */
    @Test
    public void writesThatAreNotJsonAreRefusedAndChangeNothing() throws Exception {
        String cookie = signIn("kato.rie");
        String body = "{\"version\":1,\"phase\":\"PLANNING\"}";
        String path = "/rest/jobcoach/1.0/cases/" + caseId + "/phase";
        assertEquals("no content type, no token: the XSRF check", 403,
                raw("POST", path, body, cookie, null, "http://evil.invalid", false).statusCode());
        assertEquals("a form's content type, no token", 403,
                raw("POST", path, body, cookie, "text/plain", "http://evil.invalid", false).statusCode());
        HttpResponse<String> untyped = raw("POST", path, body, cookie, null, null, true);
        assertEquals("with the token but no content type: not JSON", 415, untyped.statusCode());
        assertTrue(untyped.body(), untyped.body().contains("application/json"));
        assertEquals(415, raw("PUT", "/rest/jobcoach/1.0/cases/" + caseId, body, cookie, "text/plain", null, true).statusCode());
        String stillIntake = send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, cookie).body();
        assertTrue(stillIntake, stillIntake.contains("\"phase\":\"INTAKE\""));
    }

    /**
     * The printed plan through the real REST plumbing: a whole static page (no script may run: its Content-Security-Policy),
     * UTF-8, the worker's hostile name escaped; 404 before a plan, for a revision that does not exist and for strangers;
     * a revision that is not a number is a 400 in JSON, like every other refusal.
     */
    @Test
    public void thePrintedPlanIsAStaticPageForTheTeamOnly() throws Exception {
        String counselor = signIn("kato.rie");
        String print = "/rest/jobcoach/1.0/cases/" + caseId + "/plan/print";
        assertEquals("no plan yet", 404, send("GET", print, null, counselor).statusCode());
        HttpResponse<String> drafted = send("PUT", "/rest/jobcoach/1.0/cases/" + caseId + "/plan", "{\"version\":0,\"plan\":"
                + "{\"centerGoals\":\"社内の支えへ引き継ぐ\",\"plannedSupport\":{},\"timeline\":{\"phases\":{\"INTENSIVE\":"
                + "{\"start\":\"2026-04-01\",\"end\":\"2026-05-31\"}},\"visits\":{\"INTENSIVE\":{\"count\":3,\"per\":\"WEEK\"}}}}}",
                counselor);
        assertEquals(drafted.body(), 200, drafted.statusCode());

        HttpResponse<String> page = send("GET", print, null, counselor);
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'", page.headers().firstValue("Content-Security-Policy").orElse(""));
        String html = page.body();
        assertTrue(html, html.contains("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("@page{size:A4 portrait;") && html.contains("社内の支えへ引き継ぐ") && html.contains("3 visits per week"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;佐藤 花子"));
        assertFalse(html.contains("<script"));
        assertEquals(200, send("GET", print + "?revision=1", null, counselor).statusCode());
        assertEquals(404, send("GET", print + "?revision=2", null, counselor).statusCode());
        HttpResponse<String> notANumber = send("GET", print + "?revision=first", null, counselor);
        assertEquals(400, notANumber.statusCode());
        assertTrue(notANumber.body(), notANumber.body().contains("\"field\":\"revision\""));
        assertEquals("not on the team", 404, send("GET", print, null, signIn("tanaka.naoki")).statusCode());
        assertEquals(401, send("GET", print, null, null).statusCode());
    }

    /** A hidden case and a missing one answer alike, with our own body (not the container's error page). */
    @Test
    public void aHiddenCaseAndAMissingCaseAnswerTheSame() throws Exception {
        String stranger = signIn("kobayashi.sho");
        HttpResponse<String> hidden = send("GET", "/rest/jobcoach/1.0/cases/" + caseId, null, stranger);
        HttpResponse<String> missing = send("GET", "/rest/jobcoach/1.0/cases/987654", null, stranger);
        assertEquals(404, hidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertTrue(hidden.body(), hidden.body().startsWith("{\"errors\":[{"));
    }

    private static HttpResponse<String> raw(String method, String path, String body, String cookie, String contentType,
                                            String origin, boolean token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Cookie", cookie);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (token) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The people picker's search over the workbench's directory: part of a kanji name, or of a user name in any case. */
    @Test
    public void peopleAreFoundByPartOfTheirNameAndNeverMoreThanTen() throws Exception {
        String coach = signIn("tanaka.naoki");
        assertEquals(demoUsersNamed("山"), found("山", coach));
        assertEquals(List.of("山本 大輔"), found("山", coach).stream().map(person -> person.get("displayName").getAsString()).toList());
        JsonObject yamamoto = found("山", coach).get(0);
        assertEquals("yamamoto.daisuke", yamamoto.get("username").getAsString());
        assertEquals("wbkey-yamamoto.daisuke", yamamoto.get("userKey").getAsString());
        assertFalse("the workbench's users have no picture", yamamoto.has("avatarUrl"));

        List<JsonObject> manyA = found("A", coach);
        assertTrue(manyA.size() + " found", manyA.size() <= PeopleService.MAX_PEOPLE);
        assertEquals(Math.min(PeopleService.MAX_PEOPLE, demoUsersNamed("a").size()), manyA.size());
        assertEquals("the exact user name first", "admin", found("ADMIN", coach).get(0).get("username").getAsString());

        assertEquals(401, send("GET", "/rest/jobcoach/1.0/people?q=" + query("山"), null, null).statusCode());
        HttpResponse<String> tooLong = send("GET", "/rest/jobcoach/1.0/people?q=" + "x".repeat(PeopleService.MAX_TERM + 1), null, coach);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body(), tooLong.body().contains("\"field\":\"q\""));
    }

    private static List<JsonObject> found(String term, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/rest/jobcoach/1.0/people?q=" + query(term), null, cookie);
        assertEquals(response.body(), 200, response.statusCode());
        List<JsonObject> people = new ArrayList<>();
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("people")
                .forEach(person -> people.add(person.getAsJsonObject()));
        return people;
    }

    /** The demo users whose full name or user name contains the term, ignoring case, as their JSON would name them. */
    private static List<JsonObject> demoUsersNamed(String term) {
        String wanted = term.toLowerCase(Locale.ROOT);
        return DemoUsers.ALL.stream().filter(user -> user.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                        || user.username().contains(wanted)).map(user -> {
                    JsonObject person = new JsonObject();
                    person.addProperty("userKey", user.getUserKey().getStringValue());
                    person.addProperty("username", user.username());
                    person.addProperty("displayName", user.fullName());
                    return person;
                }).toList();
    }

    private static String query(String term) {
        return URLEncoder.encode(term, StandardCharsets.UTF_8);
    }

    /** The Scheduled Jobs page, as Confluence's: administrators see the plugin's jobs and run one now. */
    @Test
    public void anAdministratorRunsTheReminderJobNowAndNobodyElseMay() throws Exception {
        String admin = signIn("admin");
        String jobs = send("GET", ScheduledJobsServlet.PATH, null, admin).body();
        String daily = "jp.jobcoach.workspace.confluence.ReminderJobRunner.daily";
        assertTrue(jobs, jobs.contains(daily) && jobs.contains("Run now"));

        HttpResponse<String> ran = send("POST", ScheduledJobsServlet.PATH, "jobId=" + daily, admin);
        assertEquals(302, ran.statusCode());
        String result = send("GET", ran.headers().firstValue("Location").orElseThrow(), null, admin).body();
        assertTrue(result, result.contains(daily + ": SUCCESS"));

        assertEquals(403, send("GET", ScheduledJobsServlet.PATH, null, signIn("kato.rie")).statusCode());
        assertEquals(403, send("POST", ScheduledJobsServlet.PATH, "jobId=" + daily, signIn("kato.rie")).statusCode());
    }

    /** A new page below the case page holding these macros, as the counselor sees it. */
    private static String viewOfNewPage(String title, String... macros) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String macro : macros) {
            body.append("<ac:structured-macro ac:name=\"").append(macro).append("\"/>");
        }
        long page = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, casePage, title, body.toString(), "admin");
        return send("GET", "/pages/" + page, null, signIn("kato.rie")).body();
    }

    private static void assertLinkedOnceEach(String html, String... urls) {
        for (String url : urls) {
            assertTrue(url, html.contains(url));
            assertEquals(url + " more than once", html.indexOf(url), html.lastIndexOf(url));
        }
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
