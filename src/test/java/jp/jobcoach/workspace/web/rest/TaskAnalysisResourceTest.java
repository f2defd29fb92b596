package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

/** The task-analysis resources over the real service: 201/200 with the figures, 400 translated, 403, 404, 409. */
public class TaskAnalysisResourceTest extends RestTestSupport {
    private TaskAnalysisResource analyses;
    private TaskSessionResource sessions;

    @Before
    public void setUp() {
        analyses = new TaskAnalysisResource(tasks, errors, views, time);
        sessions = new TaskSessionResource(tasks, errors);
    }

    private JsonObject created() {
        actAs(CaseRole.IN_COMPANY_COACH);
        Response response = analyses.create(caseId, "{\"analysis\":{\"title\":\"郵便物の仕分け\",\"steps\":["
                + "{\"action\":\"受け取る\"},{\"action\":\"宛名を確認する\"},{\"action\":\"棚に入れる\"}]}}");
        assertEquals(201, response.getStatus());
        return body(response);
    }

    private static long step(JsonObject analysis, int index) {
        return analysis.getAsJsonObject("value").getAsJsonArray("steps").get(index).getAsJsonObject().get("id").getAsLong();
    }

    private String session(JsonObject analysis, int... levels) {
        StringBuilder observations = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            observations.append(i == 0 ? "" : ",").append("{\"stepId\":").append(step(analysis, i)).append(",\"level\":")
                    .append(levels[i] < 0 ? "null" : String.valueOf(levels[i])).append("}");
        }
        return "{\"session\":{\"date\":\"" + TODAY + "\",\"durationMinutes\":15,\"observations\":[" + observations + "]}}";
    }

    @Test
    public void aSessionRecordedShowsInTheSheetWithItsRateAndTheStepFigures() {
        JsonObject analysis = created();
        long id = analysis.get("id").getAsLong();
        assertEquals(3, analysis.getAsJsonObject("value").get("fadingThreshold").getAsInt());
        assertEquals("ACTIVE", analysis.getAsJsonObject("value").get("status").getAsString());

        Response recorded = sessions.record(caseId, id, session(analysis, 4, 3, -1));
        assertEquals(201, recorded.getStatus());
        assertEquals("IN_COMPANY_COACH", body(recorded).getAsJsonObject("value").get("recorderRole").getAsString());

        JsonObject sheet = body(analyses.sheet(caseId, id));
        assertEquals(50, sheet.getAsJsonObject("latestRate").get("percent").getAsInt());
        JsonArray list = body(analyses.list(caseId)).getAsJsonArray("analyses");
        assertEquals(1, list.size());
        assertTrue(list.get(0).getAsJsonObject().get("sessions") == null);
        assertEquals(1, sheet.getAsJsonArray("sessions").size());
        assertEquals(1, sheet.getAsJsonArray("steps").get(0).getAsJsonObject().get("streak").getAsInt());
        String html = (String) analyses.sheetHtml(caseId, id).getEntity();
        assertTrue(html.strip().startsWith("<article class=\"jobcoach-ta\"") && html.contains("50%"));
    }

    @Test
    public void badInputIsATranslated400ThatChangesNothing() {
        JsonObject analysis = created();
        long id = analysis.get("id").getAsLong();
        user.locale = Locale.JAPANESE;

        Response outOfRange = sessions.record(caseId, id, session(analysis, 7));
        assertEquals(400, outOfRange.getStatus());
        assertEquals("observations[0].level", firstErrorField(outOfRange));
        assertTrue(body(outOfRange).toString(), body(outOfRange).toString().contains("0から4"));
        Response unknown = sessions.record(caseId, id, "{\"session\":{\"date\":\"" + TODAY
                + "\",\"observations\":[{\"stepId\":123456,\"level\":4}]}}");
        assertEquals("observations[0].stepId", firstErrorField(unknown));
        Response future = sessions.record(caseId, id, "{\"session\":{\"date\":\"" + TODAY.plusDays(1) + "\",\"observations\":[]}}");
        assertEquals("date", firstErrorField(future));
        Response emptyStep = analyses.update(caseId, id, "{\"version\":1,\"analysis\":{\"title\":\"t\",\"fadingThreshold\":3,"
                + "\"status\":\"ACTIVE\",\"steps\":[{\"action\":\"\"}]}}");
        assertEquals(400, emptyStep.getStatus());
        Response huge = sessions.record(caseId, id, "{\"session\":{\"date\":\"" + TODAY + "\",\"note\":\"" + "あ".repeat(1 << 20)
                + "\",\"observations\":[]}}");
        assertEquals(400, huge.getStatus());
        assertEquals("note", firstErrorField(huge));
        assertEquals(400, sessions.record(caseId, id, "not json").getStatus());

        JsonObject sheet = body(analyses.sheet(caseId, id));
        assertEquals(0, sheet.getAsJsonArray("sessions").size());
        assertEquals(1, sheet.getAsJsonObject("analysis").get("version").getAsInt());
    }

    @Test
    public void staleWritesAre409WithTheCurrentRecord() {
        JsonObject analysis = created();
        long id = analysis.get("id").getAsLong();
        String reordered = "{\"version\":1,\"analysis\":{\"title\":\"郵便物の仕分け\",\"fadingThreshold\":3,\"status\":\"ACTIVE\","
                + "\"steps\":[{\"id\":" + step(analysis, 2) + ",\"order\":1,\"action\":\"棚に入れる\"},{\"id\":" + step(analysis, 0)
                + ",\"order\":2,\"action\":\"受け取る\"},{\"id\":" + step(analysis, 1) + ",\"order\":3,\"action\":\"宛名を確認する\"}]}}";
        Response first = analyses.update(caseId, id, reordered);
        assertEquals(200, first.getStatus());
        Response stale = analyses.update(caseId, id, reordered);
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());
        assertEquals(step(analysis, 2), step(body(stale).getAsJsonObject("current"), 0));

        long session = body(sessions.record(caseId, id, session(analysis, 4, 3, 2))).get("id").getAsLong();
        String correction = "{\"version\":1,\"session\":{\"date\":\"" + TODAY + "\",\"observations\":[{\"stepId\":"
                + step(analysis, 0) + ",\"level\":2}]}}";
        assertEquals(200, sessions.update(caseId, id, session, correction).getStatus());
        Response staleSession = sessions.update(caseId, id, session, correction);
        assertEquals(409, staleSession.getStatus());
        JsonObject current = body(staleSession).getAsJsonObject("current");
        assertEquals(2, current.get("version").getAsInt());
        assertEquals(2, current.getAsJsonObject("value").getAsJsonArray("observations").get(0).getAsJsonObject().get("level").getAsInt());
        assertEquals(409, sessions.delete(caseId, id, session, 1).getStatus());
        assertEquals(204, sessions.delete(caseId, id, session, 2).getStatus());
    }

    @Test
    public void othersAreRefusedOrToldNothingExists() {
        JsonObject analysis = created();
        long id = analysis.get("id").getAsLong();
        actAs(CaseRole.HR);
        assertEquals(403, analyses.list(caseId).getStatus());
        assertEquals(403, analyses.sheet(caseId, id).getStatus());
        actAs(CaseRole.COUNSELOR);
        assertEquals(200, analyses.sheet(caseId, id).getStatus());
        assertEquals(403, sessions.record(caseId, id, session(analysis, 4)).getStatus());
        user.key = "stranger";
        assertEquals(404, analyses.list(caseId).getStatus());
        assertEquals(404, analyses.sheetHtml(caseId, id).getStatus());
        actAs(CaseRole.CENTER_COACH);
        assertEquals(404, analyses.sheet(caseId, id + 1000).getStatus());
        assertEquals(404, sessions.update(caseId, id, 999_999, "{\"version\":1,\"session\":{\"date\":\"" + TODAY
                + "\",\"observations\":[]}}").getStatus());
    }

    @Test
    public void theCsvHasARowPerStepAndSessionWithTheLevelAsNumberAndLabelFormulaSafeAndAudited() throws Exception {
        JsonObject analysis = created();
        long id = analysis.get("id").getAsLong();
        sessions.record(caseId, id, "{\"session\":{\"date\":\"" + TODAY + "\",\"observations\":[{\"stepId\":"
                + step(analysis, 0) + ",\"level\":4,\"note\":\"=HYPERLINK(1)\"},{\"stepId\":" + step(analysis, 1) + ",\"level\":0}]}}");
        user.locale = Locale.JAPANESE;

        Response response = analyses.export(caseId);
        assertEquals(200, response.getStatus());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ((jakarta.ws.rs.core.StreamingOutput) response.getEntity()).write(out);
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFF"));
        String[] lines = csv.split("\r?\n");
        assertEquals("a header and one row per step of the one session", 1 + 3, lines.length);
        assertTrue(lines[1], lines[1].contains(",4,自立,") && lines[1].contains("'=HYPERLINK(1)"));
        assertTrue(lines[2], lines[2].contains(",0,手添え,"));
        assertTrue(lines[3], lines[3].contains(",,未観察,"));
        assertEquals(jp.jobcoach.workspace.domain.AuditAction.EXPORT, auditStore.forCase(caseId, 0, 1).get(0).action());
        actAs(CaseRole.HR);
        assertEquals(403, analyses.export(caseId).getStatus());
    }
}
