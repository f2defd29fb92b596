package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Deleting a case on request over HTTP in the workbench: occupational health on the team deletes it with a reason,
 * everyone else is refused, a request without a reason is a translated 400, and administrators see the tombstone
 * and set the retention period.
 */
public class CaseDeletionHttpTest {
    private static final String REST = "/rest/jobcoach/1.0";
    private static Workbench workbench;
    private static WorkbenchClient client;

    @BeforeClass
    public static void start() {
        workbench = Workbench.start(WorkbenchConfig.inMemory("case-deletion-http"));
        client = new WorkbenchClient(workbench.baseUrl());
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void occupationalHealthDeletesWithAReasonOthersAreRefused() throws Exception {
        String counselor = client.signIn("kato.rie");
        long caseId = openCaseWithOccupationalHealth(counselor);
        String nurse = client.signIn("nakamura.megumi");
        String path = REST + "/cases/" + caseId + "/deletion";

        assertEquals(403, client.postJson(path, "{\"reason\":\"本人の請求\"}", counselor).statusCode());
        assertEquals(404, client.postJson(path, "{\"reason\":\"本人の請求\"}", client.signIn("suzuki.kenta")).statusCode());
        HttpResponse<String> noReason = client.postJson(path, "{\"reason\":\"  \"}", nurse);
        assertEquals(noReason.body(), 400, noReason.statusCode());
        assertTrue(noReason.body(), noReason.body().contains("\"field\":\"reason\"") && noReason.body().contains("理由"));
        assertEquals(200, client.get(REST + "/cases/" + caseId, counselor).statusCode());

        HttpResponse<String> deleted = client.postJson(path, "{\"reason\":\"本人の請求\"}", nurse);
        assertEquals(deleted.body(), 200, deleted.statusCode());
        JsonObject tombstone = JsonParser.parseString(deleted.body()).getAsJsonObject();
        assertEquals(caseId, tombstone.get("caseId").getAsLong());
        assertEquals("本人の請求", tombstone.get("reason").getAsString());
        assertEquals(404, client.get(REST + "/cases/" + caseId, counselor).statusCode());
        assertEquals(404, client.postJson(path, "{\"reason\":\"again\"}", nurse).statusCode());

        String admin = client.signIn("admin");
        String deletions = client.get(REST + "/retention/deletions", admin).body();
        assertTrue(deletions, deletions.contains("\"caseId\":" + caseId) && deletions.contains("中村 恵"));
        assertEquals(403, client.get(REST + "/retention/deletions", nurse).statusCode());
    }

    @Test
    public void administratorsSetTheRetentionPeriodWithinItsBounds() throws Exception {
        String admin = client.signIn("admin");
        assertTrue(client.get(REST + "/retention", admin).body().contains("\"defaultYears\":5"));
        assertEquals(400, client.putJson(REST + "/retention", "{\"years\":0}", admin).statusCode());
        HttpResponse<String> set = client.putJson(REST + "/retention", "{\"years\":7}", admin);
        assertEquals(set.body(), 200, set.statusCode());
        assertTrue(client.get(REST + "/retention", admin).body().contains("\"years\":7"));
        assertEquals(403, client.putJson(REST + "/retention", "{\"years\":1}", client.signIn("kato.rie")).statusCode());
        assertEquals(403, client.get(REST + "/retention", client.signIn("nakamura.megumi")).statusCode());
    }

    /** The retention job is on Confluence's Scheduled jobs page, and a run now deletes nothing that is not due. */
    @Test
    public void anAdministratorRunsTheRetentionJobNow() throws Exception {
        String admin = client.signIn("admin");
        String daily = "jp.jobcoach.workspace.confluence.RetentionJobRunner.daily";
        String before = client.get(REST + "/retention/deletions", admin).body();
        assertTrue(client.get(ScheduledJobsServlet.PATH, admin).body().contains(daily));
        HttpResponse<String> ran = client.post(ScheduledJobsServlet.PATH, "jobId=" + daily, admin);
        assertEquals(302, ran.statusCode());
        String result = client.get(ran.headers().firstValue("Location").orElseThrow(), admin).body();
        assertTrue(result, result.contains(daily + ": SUCCESS"));
        assertEquals("the demo's cases are open: nothing was due", before,
                client.get(REST + "/retention/deletions", admin).body());
    }

    /** A new case below the demo's case space, by the counselor, with the nurse added in occupational health. */
    private static long openCaseWithOccupationalHealth(String counselor) throws Exception {
        long cases = workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        long page = workbench.host().pages().createPage(DemoSeeder.SPACE_KEY, cases, "削除するケース",
                "<ac:structured-macro ac:name=\"jobcoach-case\"/>", "admin");
        HttpResponse<String> created = client.postJson(REST + "/cases", "{\"creatorRole\":\"COUNSELOR\",\"case\":{"
                + "\"worker\":{\"userKey\":\"wbkey-sato.hanako\",\"displayName\":\"佐藤 花子\"},\"department\":\"物流部\","
                + "\"leaveStart\":\"2025-10-01\",\"returnDate\":\"2026-04-01\",\"supports\":[],\"rootPageId\":" + page + "}}",
                counselor);
        assertEquals(created.body(), 201, created.statusCode());
        long caseId = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();
        HttpResponse<String> added = client.postJson(REST + "/cases/" + caseId + "/team",
                "{\"member\":{\"username\":\"nakamura.megumi\",\"role\":\"OCCUPATIONAL_HEALTH\"}}", counselor);
        assertEquals(added.body(), 201, added.statusCode());
        return caseId;
    }
}
