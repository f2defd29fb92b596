package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.testplugin.CommentRecorder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The workbench in-process on a free port with the test plugin, over real HTTP. */
public class WorkbenchHttpTest {
    private static Workbench workbench;
    private static long greetingPage;
    private final WorkbenchClient client = new WorkbenchClient(workbench.baseUrl());

    @BeforeClass
    public static void start() {
        WorkbenchConfig config = WorkbenchConfig.inMemory("http-test");
        config.descriptor = "test-plugin/atlassian-plugin.xml";
        workbench = Workbench.start(config);
        long home = workbench.host().pages().homePageId(DemoSeeder.SPACE_KEY).orElseThrow();
        greetingPage = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, home, "Greeting <test>",
                "<p>before&nbsp;macro</p><ac:structured-macro ac:name=\"test-greeting\"><ac:parameter ac:name=\"name\">花子</ac:parameter>"
                        + "</ac:structured-macro><ac:structured-macro ac:name=\"jobcoach-case\"/><p>after macro</p>", "admin");
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void restWithoutSignInIs401Json() throws Exception {
        HttpResponse<String> response = get("/rest/jobcoach/1.0/cases/1", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    public void everyOtherPathWithoutSignInRedirectsToTheSwitcher() throws Exception {
        for (String path : new String[] {"/", "/spaces/SAKURA", "/pages/" + greetingPage, "/inbox", "/plugins/servlet/x",
                "/download/resources/jp.jobcoach.workbench.testplugin:test-resources/test.css", "/pages/1/edit"}) {
            HttpResponse<String> response = get(path, null);
            assertEquals(path, 302, response.statusCode());
            assertTrue(path, response.headers().firstValue("Location").orElse("").contains("/switcher?next="));
        }
        assertEquals(200, get("/switcher", null).statusCode());
    }

    @Test
    public void pageRendersThePluginMacroInTheViewersLanguageAndUnknownMacrosAsErrorBoxes() throws Exception {
        String html = get("/pages/" + greetingPage, signIn("tanaka.naoki")).body();
        assertTrue(html, html.contains("こんにちは、花子さん！"));
        assertTrue(html.contains("data-output=\"display\""));
        assertTrue(html.contains("Unknown macro / 不明なマクロ: jobcoach-case"));
        assertTrue(html.contains("after macro"));
        assertTrue(html.contains("Greeting &lt;test&gt;"));
        assertTrue("atl.general web resource", html.contains("/download/resources/jp.jobcoach.workbench.testplugin:test-resources/test.css"));
        String english = get("/pages/" + greetingPage, signIn("admin")).body();
        assertTrue(english.contains("Hello, 花子!"));
    }

    @Test
    public void pdfOutputHasNoEditControls() throws Exception {
        String html = get("/pages/" + greetingPage + "?output=pdf", signIn("tanaka.naoki")).body();
        assertTrue(html.contains("data-output=\"pdf\""));
        assertFalse(html.contains("/edit\""));
    }

    @Test
    public void restAnswersJsonToACaseMemberAnd403ToOthers() throws Exception {
        HttpResponse<String> member = get("/rest/jobcoach/1.0/cases/7", signIn("sato.hanako"));
        assertEquals(200, member.statusCode());
        assertEquals("{\"id\":7,\"viewer\":\"wbkey-sato.hanako\"}", member.body());
        assertEquals(403, get("/rest/jobcoach/1.0/cases/7", signIn("suzuki.kenta")).statusCode());
    }

    @Test
    public void aCommentReachesThePluginsListener() throws Exception {
        CommentRecorder recorder = workbench.component(CommentRecorder.class);
        int before = recorder.received().size();
        HttpResponse<String> response = post("/pages/" + greetingPage + "/comments", "body=" + Html.url("よろしくお願いします"), signIn("ito.yumi"));
        assertEquals(302, response.statusCode());
        assertEquals(before + 1, recorder.received().size());
        assertEquals("よろしくお願いします", recorder.received().get(before).getComment().getBodyAsString());
        assertTrue(get("/pages/" + greetingPage, signIn("ito.yumi")).body().contains("よろしくお願いします"));
    }

    @Test
    public void anotherWorkersCasePageIsNotFound() throws Exception {
        long satoCase = DemoCase.page(workbench);
        assertEquals(200, get("/pages/" + satoCase, signIn("sato.hanako")).statusCode());
        assertEquals(404, get("/pages/" + satoCase, signIn("suzuki.kenta")).statusCode());
        long satoVisits = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子さんの訪問記録").orElseThrow().getId();
        assertEquals("restriction inherited by the child", 404, get("/pages/" + satoVisits, signIn("suzuki.kenta")).statusCode());
    }

    @Test
    public void aStaleEditIsAConflictThatKeepsTheUsersText() throws Exception {
        String admin = signIn("admin");
        long page = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, null, "Edit me", "<p>v1</p>", "admin");
        assertEquals(302, post("/pages/" + page + "/edit", "version=1&title=Edit+me&body=" + Html.url("<p>first</p>"), admin).statusCode());
        HttpResponse<String> stale = post("/pages/" + page + "/edit", "version=1&title=Edit+me&body=" + Html.url("<p>mine</p>"), admin);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("&lt;p&gt;mine&lt;/p&gt;"));
        assertEquals("<p>first</p>", workbench.host().pages().stored(page).orElseThrow().body());
    }

    private String signIn(String username) throws IOException, InterruptedException {
        return client.signIn(username);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return client.get(path, cookie);
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws IOException, InterruptedException {
        return client.post(path, form, cookie);
    }
}
