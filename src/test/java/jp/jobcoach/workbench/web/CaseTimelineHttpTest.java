package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoCase;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.Inbox;
import jp.jobcoach.workbench.host.PagePermissions;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DomainBundles;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.interview.InterviewReminder;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.ReminderService;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.TeamStore;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The real plugin in the workbench: a comment made with the page's comment form reaches the case's timeline
 * over REST, and the reminder run mails the coaches once, each in their language, with nothing of the case's
 * content: the workbench's inbox holds the mail as Confluence's mail queue would send it. (Restricted pages
 * are covered by TimelineServiceTest.)
 */
public class CaseTimelineHttpTest {
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long caseId;
    private static long casePage;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("timeline-http-test"));
        client = new WorkbenchClient(workbench.baseUrl());
        casePage = DemoCase.page(workbench);
        // the demo's case, whose team has tanaka.naoki as lead center coach and watanabe.makoto as in-company coach
        caseId = workbench.component(CaseService.class).caseOfPage(casePage).orElseThrow();
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aCommentOnACasePageReachesTheTimeline() throws Exception {
        long planPage = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "佐藤 花子：支援計画").orElseThrow().getId();
        String coach = client.signIn("tanaka.naoki");
        HttpResponse<String> posted = client.post("/pages/" + planPage + "/comments",
                "body=" + Html.url("次回は<script>alert(1)</script>勤務時間を確認"), coach);
        assertEquals(302, posted.statusCode());

        HttpResponse<String> timeline = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/timeline?kinds=COMMENT",
                client.signIn("watanabe.makoto"));
        assertEquals(200, timeline.statusCode());
        assertTrue(timeline.body(), timeline.body().contains("\"authorRole\":\"CENTER_COACH\""));
        assertTrue(timeline.body(), timeline.body().contains("\"authorKey\":\"wbkey-tanaka.naoki\""));
        assertFalse("JSON escapes markup", timeline.body().contains("<script>"));

        HttpResponse<String> rendered = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/timeline/html?kinds=COMMENT&size=1",
                client.signIn("watanabe.makoto"));
        assertEquals(200, rendered.statusCode());
        assertEquals("text/html;charset=utf-8", rendered.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")
                .toLowerCase(java.util.Locale.ROOT));
        assertTrue(rendered.body(), rendered.body().contains("<li class=\"jobcoach-timeline-entry\" data-kind=\"COMMENT\">")
                && rendered.body().contains("<bdi>次回は勤務時間を確認</bdi>") && !rendered.body().contains("<script>"));
        assertTrue("in the reader's language", rendered.body().contains("<bdi>田中 直樹</bdi> (職業センターのジョブコーチ)"));
    }

    @Test
    public void itsAuthorTakesACommentOffTheTimelineAndNoOneElseCan() throws Exception {
        String marker = "誤って書いた体調の話-" + System.nanoTime();
        String author = client.signIn("tanaka.naoki");
        assertEquals(302, client.post("/pages/" + casePage + "/comments", "body=" + Html.url(marker), author).statusCode());
        String path = "/rest/jobcoach/1.0/cases/" + caseId + "/timeline";
        JsonObject newest = JsonParser.parseString(client.get(path + "?kinds=COMMENT&size=1", author).body())
                .getAsJsonObject().getAsJsonArray("entries").get(0).getAsJsonObject();
        assertTrue(newest.get("excerpt").getAsString().contains(marker));
        assertTrue("the author may remove it", newest.get("removable").getAsBoolean());
        String comment = path + "/comments/" + newest.get("sourceId").getAsLong();

        String companyCoach = client.signIn("watanabe.makoto");
        assertFalse(client.get(path + "?kinds=COMMENT&size=1", companyCoach).body().contains("\"removable\""));
        assertEquals("someone else's comment", 404, client.delete(comment, companyCoach).statusCode());
        assertEquals(204, client.delete(comment, author).statusCode());
        assertFalse("gone from everyone's timeline", client.get(path + "?kinds=COMMENT&size=50", companyCoach).body().contains(marker));
        assertEquals("gone is gone", 404, client.delete(comment, author).statusCode());
    }

    @Test
    public void aCommentOnARestrictedPageReachesOnlyTheTimelinesOfThoseWhoMayViewThatPage() throws Exception {
        long coachesOnly = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, casePage, "コーチ間の申し送り",
                "<p>センターのコーチ二人だけのページ</p>", "tanaka.naoki");
        workbench.host().permissions().restrict(coachesOnly, PagePermissions.Kind.VIEW, Set.of("tanaka.naoki", "ito.yumi"));
        String marker = "申し送り-" + System.nanoTime();
        assertEquals(302, client.post("/pages/" + coachesOnly + "/comments", "body=" + Html.url(marker),
                client.signIn("tanaka.naoki")).statusCode());

        String path = "/rest/jobcoach/1.0/cases/" + caseId + "/timeline?kinds=COMMENT&size=50";
        assertTrue("a coach who may view the page", client.get(path, client.signIn("ito.yumi")).body().contains(marker));
        String companyCoach = client.get(path, client.signIn("watanabe.makoto")).body();
        assertFalse("the in-company coach may not view the page: " + companyCoach, companyCoach.contains(marker));
    }

    @Test
    public void hrSeesTheHomePagesCommentsButNotTheConditionPagesNorTheirExcerpts() throws Exception {
        long conditionPage = workbench.component(CasePageStore.class).pagesOf(caseId).get(CasePageKind.CONDITION);
        String health = "夜眠れていない-" + System.nanoTime();
        String home = "来週の訪問日-" + System.nanoTime();
        String coach = client.signIn("tanaka.naoki");
        assertEquals(302, client.post("/pages/" + conditionPage + "/comments", "body=" + Html.url(health), coach).statusCode());
        assertEquals(302, client.post("/pages/" + casePage + "/comments", "body=" + Html.url(home), coach).statusCode());

        String path = "/rest/jobcoach/1.0/cases/" + caseId + "/timeline?kinds=COMMENT&size=50";
        String forHr = client.get(path, client.signIn("kobayashi.sho")).body();
        assertTrue(forHr, forHr.contains(home));
        assertFalse("HR may not view health data: " + forHr, forHr.contains(health));
        String rendered = client.get("/rest/jobcoach/1.0/cases/" + caseId + "/timeline/html?kinds=COMMENT&size=50",
                client.signIn("kobayashi.sho")).body();
        assertTrue(rendered.contains(home) && !rendered.contains(health));
        assertTrue("the occupational health nurse may", client.get(path, client.signIn("nakamura.megumi")).body().contains(health));
    }

    @Test
    public void theReminderRunDeliversToTheCoachesInboxOnce() throws Exception {
        LocalDate today = LocalDate.now();
        // a coach who reads English on the case too, so that one reminder goes out in both languages
        workbench.component(TeamStore.class).add(caseId, TeamMember.of("wbkey-kato.rie", CaseRole.IN_COMPANY_COACH));
        workbench.component(InterviewStore.class).create(caseId, StoreFixtures.interview(today.minusDays(14)),
                "wbkey-watanabe.makoto", java.time.Instant.now());
        ReminderService reminders = workbench.component(ReminderService.class);
        reminders.sendDue();
        reminders.sendDue();

        // the demo cases' reminders may be there too: the job also runs once right after the workbench starts
        List<Inbox.Message> inbox = workbench.host().inbox().messagesFor("tanaka.naoki").stream()
                .filter(message -> message.body().contains(today.toString())).toList();
        assertEquals(1, inbox.size());
        assertEquals("in the coach's language", "本日は定着面談の予定日です", inbox.get(0).subject());
        assertTrue(inbox.get(0).body(), inbox.get(0).body().contains(today.toString()));

        // what Confluence would send: one HTML mail in UTF-8 per coach, in the coach's language, linking the case
        String caseUrl = workbench.baseUrl() + workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, DemoCase.HOME_TITLE)
                .orElseThrow().getUrlPath();
        String link = "<a href=\"" + caseUrl + "\">" + caseUrl + "</a>";
        Inbox.Message ja = inbox.get(0);
        assertEquals("tanaka.naoki@sakura-logistics.example", ja.address());
        assertEquals("text/html", ja.mimeType());
        assertEquals("UTF-8", ja.encoding());
        assertEquals("ja", ja.language());
        assertTrue(ja.body(), ja.body().contains("<html lang=\"ja\">"));
        assertTrue(ja.body(), ja.body().contains("<p>田中 直樹 さん</p>"));
        assertTrue(ja.body(), ja.body().contains("ケース " + caseId + " の次回の定着面談は " + today + " の予定です。"));
        assertTrue(ja.body(), ja.body().contains(link));

        List<Inbox.Message> english = workbench.host().inbox().messagesFor("kato.rie").stream()
                .filter(message -> message.body().contains(today.toString())).toList();
        assertEquals(1, english.size());
        Inbox.Message en = english.get(0);
        assertEquals("Retention interview today", en.subject());
        assertEquals("en", en.language());
        assertEquals("text/html", en.mimeType());
        assertTrue(en.body(), en.body().contains("<html lang=\"en\">"));
        assertTrue(en.body(), en.body().contains("<p>Hello 加藤 理恵,</p>"));
        assertTrue(en.body(), en.body().contains("The next retention interview of case " + caseId + " is planned for " + today + "."));
        assertTrue(en.body(), en.body().contains(link));

        // the inbox page shows the mail in a sandbox without any permission, and its source escaped
        String page = client.get("/inbox", client.signIn("tanaka.naoki")).body();
        assertTrue(page, page.contains("<iframe class=\"wb-mail\" sandbox=\"\""));
        assertTrue(page, page.contains("&lt;p&gt;田中 直樹 さん&lt;/p&gt;"));
        assertFalse("the mail's markup is never part of the page: " + page, page.contains("<p>田中 直樹 さん</p>"));
    }

    /**
     * A mail leaves Confluence's access control (it is forwarded, kept by mail servers, read on a lock screen), so
     * none carries a condition word, an interview's notes, or a worker's name, whatever the cases record.
     */
    @Test
    public void noMailCarriesHealthTextOrAWorkersName() {
        workbench.component(ReminderService.class).sendDue();
        List<Inbox.Message> mails = workbench.host().inbox().all();
        assertFalse("the demo's overdue interview has been reminded of", mails.isEmpty());

        Set<String> forbidden = new HashSet<>();
        for (Properties bundle : List.of(DomainBundles.ENGLISH, DomainBundles.JAPANESE)) {
            bundle.stringPropertyNames().stream().filter(key -> key.startsWith("jobcoach.condition."))
                    .map(bundle::getProperty).forEach(forbidden::add);
        }
        InterviewStore interviews = workbench.component(InterviewStore.class);
        interviews.scheduled().stream().map(InterviewReminder.Scheduled::caseId).distinct()
                .flatMap(id -> interviews.page(id, null, Integer.MAX_VALUE).stream()).map(stored -> stored.value().notes())
                .flatMap(notes -> Stream.of(notes.workerAccount(), notes.workStatus(), notes.workVolume(), notes.worries(),
                        notes.companyObservations()))
                .filter(text -> text != null && !text.isBlank()).forEach(forbidden::add);
        DemoUsers.workers().forEach(worker -> forbidden.add(worker.fullName()));
        assertTrue("the demo's notes are among the texts looked for", forbidden.size() > 60);

        for (Inbox.Message mail : mails) {
            for (String text : forbidden) {
                assertFalse("\"" + text + "\" in the mail to " + mail.recipient() + ": " + mail.body(),
                        mail.subject().contains(text) || mail.body().contains(text));
            }
        }
    }
}
