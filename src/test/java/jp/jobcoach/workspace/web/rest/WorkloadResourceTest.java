package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CapacityLimits;
import org.junit.Before;
import org.junit.Test;

/** The workload over REST: the week with translated reasons, writes, 400s that change nothing, 403, 404, 409. */
public class WorkloadResourceTest extends RestTestSupport {
    private static final LocalDate WEEK = WorkWeek.weekOf(TODAY);
    private WorkloadResource resource;

    @Before
    public void setUp() {
        resource = new WorkloadResource(workload, errors, RestTestSupport::fromBundles, user, cases, views);
    }

    private static String plan(int version, String hours, String tasks) {
        return "{\"version\":" + version + ",\"plan\":{\"plannedHours\":[" + hours + "],\"tasks\":[" + tasks
                + "],\"note\":\"メモ\"}}";
    }

    private static String task(String title, LocalDate due) {
        return "{\"title\":\"" + title + "\",\"estimatedHours\":4,\"due\":\"" + due + "\",\"assignedBy\":\"SUPERVISOR\"}";
    }

    private JsonObject planned() {
        actAs(CaseRole.SUPERVISOR);
        Response response = resource.plan(caseId, WEEK.toString(), plan(0, "6,7,6,6,6,0,0", task("請求書の入力", WEEK.plusDays(1))));
        assertEquals(200, response.getStatus());
        return body(response);
    }

    @Test
    public void theWeekCarriesItsCapacityAndTranslatedReasons() {
        new AccommodationStore(ao).create(caseId, new Accommodation("短時間勤務", "", java.util.List.of(), java.util.List.of(),
                java.util.List.of(), "", new CapacityLimits(6.0, true, null, null)));
        JsonObject stored = planned();
        assertEquals(1, stored.get("version").getAsInt());
        assertFalse("the supervisor links no task analysis", stored.getAsJsonObject("value").getAsJsonArray("tasks")
                .get(0).getAsJsonObject().has("taskAnalysisId"));

        user.locale = Locale.JAPANESE;
        JsonObject week = body(resource.week(caseId, TODAY.toString()));
        assertEquals(WEEK.toString(), week.get("start").getAsString());
        assertEquals(1, week.get("version").getAsInt());
        JsonArray days = week.getAsJsonArray("days");
        assertEquals(7, days.size());
        assertEquals(6.0, days.get(1).getAsJsonObject().get("capacity").getAsDouble(), 0);
        JsonObject signal = week.getAsJsonArray("signals").get(0).getAsJsonObject();
        assertEquals("PLANNED_OVER_CAPACITY", signal.get("kind").getAsString());
        assertTrue(signal.get("reason").getAsString(), signal.get("reason").getAsString().contains("予定7時間"));
        assertEquals(12, week.getAsJsonArray("trend").size());
        assertTrue(week.getAsJsonObject("rights").get("writesPlan").getAsBoolean());
        assertFalse(week.getAsJsonObject("rights").get("entersActuals").getAsBoolean());
    }

    @Test
    public void actualsAndCarryOverMoveTheVersion() {
        JsonObject stored = planned();
        long taskId = stored.getAsJsonObject("value").getAsJsonArray("tasks").get(0).getAsJsonObject().get("id").getAsLong();
        actAs(CaseRole.WORKER);
        Response entered = resource.actuals(caseId, WEEK.toString(),
                "{\"version\":1,\"actuals\":{\"actualHours\":[6,6.5,null,null,null,null,null],\"outcomes\":[{\"task\":" + taskId
                        + ",\"outcome\":\"open\"}]}}");
        assertEquals(200, entered.getStatus());
        assertTrue(body(entered).getAsJsonObject("value").getAsJsonArray("actualHours").get(2).isJsonNull());
        Response moved = resource.carryOver(caseId, WEEK.toString(), "{\"version\":2}");
        assertEquals(200, moved.getStatus());
        assertEquals(1, body(moved).get("carried").getAsInt());
        assertEquals(WEEK.plusWeeks(1).toString(), body(moved).getAsJsonObject("into").getAsJsonObject("value")
                .get("start").getAsString());
    }

    @Test
    public void badInputIsATranslated400ThatChangesNothing() {
        planned();
        actAs(CaseRole.SUPERVISOR);
        Response negative = resource.plan(caseId, WEEK.toString(), plan(1, "-1,30,6,6,6,0,0", ""));
        assertEquals(400, negative.getStatus());
        assertEquals("plannedHours[0]", firstErrorField(negative));
        assertTrue(negative.getEntity().toString(), negative.getEntity().toString().contains("between 0 and 24 hours"));
        Response early = resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0", task("t", WEEK.minusDays(2))));
        assertEquals(400, early.getStatus());
        assertEquals("tasks[0].due", firstErrorField(early));
        Response unknown = resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0",
                "{\"id\":987654,\"title\":\"t\",\"estimatedHours\":1,\"due\":\"" + WEEK + "\",\"assignedBy\":\"SUPERVISOR\"}"));
        assertEquals(400, unknown.getStatus());
        assertEquals("tasks[0].id", firstErrorField(unknown));
        String megabyte = "あ".repeat(1_000_000);
        Response huge = resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0", task(megabyte, WEEK)));
        assertEquals(400, huge.getStatus());
        assertEquals("tasks[0].title", firstErrorField(huge));
        assertEquals("not a day", 400, resource.plan(caseId, "monday", plan(1, "6,6,6,6,6,0,0", "")).getStatus());
        assertEquals("not JSON", 400, resource.plan(caseId, WEEK.toString(), "{").getStatus());
        actAs(CaseRole.WORKER);
        Response badOutcome = resource.actuals(caseId, WEEK.toString(), "{\"version\":1,\"actuals\":{\"actualHours\":[6,0,0,0,0,0,0],"
                + "\"outcomes\":[{\"task\":1,\"outcome\":\"FINISHED\"}]}}");
        assertEquals(400, badOutcome.getStatus());
        assertEquals("outcomes[1]", firstErrorField(badOutcome));
        user.locale = Locale.JAPANESE;
        Response thirty = resource.actuals(caseId, WEEK.toString(), "{\"version\":1,\"actuals\":{\"actualHours\":[30,0,0,0,0,0,0]}}");
        assertEquals(400, thirty.getStatus());
        assertTrue(thirty.getEntity().toString(), thirty.getEntity().toString().contains("0から24時間の間"));

        JsonObject week = body(resource.week(caseId, WEEK.toString()));
        assertEquals("nothing changed", 1, week.get("version").getAsInt());
        assertEquals(7.0, week.getAsJsonArray("days").get(1).getAsJsonObject().get("planned").getAsDouble(), 0);
    }

    @Test
    public void staleWritesAre409WithTheCurrentWeek() {
        planned();
        actAs(CaseRole.WORKER);
        assertEquals(200, resource.actuals(caseId, WEEK.toString(), "{\"version\":1,\"actuals\":{\"actualHours\":[6,0,0,0,0,0,0]}}").getStatus());
        actAs(CaseRole.SUPERVISOR);
        Response stale = resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0", ""));
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());
        assertEquals(6.0, body(stale).getAsJsonObject("current").getAsJsonObject("value").getAsJsonArray("actualHours")
                .get(0).getAsDouble(), 0);
        assertEquals(409, resource.plan(caseId, WEEK.toString(), plan(0, "6,6,6,6,6,0,0", "")).getStatus());
    }

    /** The accommodation form sends the limits as it sends every input, as text: read as numbers and flags. */
    @Test
    public void theAccommodationFormsLimitsAsTheFormSendsThem() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        AccommodationResource accommodations = new AccommodationResource(this.accommodations, errors, cases, time, views);
        Response created = accommodations.create(caseId, "{\"accommodation\":{\"reviewDates\":[],\"reviewsDone\":[],\"title\":\"短時間勤務\",\"steps\":[{\"label\":"
                + "\"6h→7h\",\"limits\":{\"dailyHours\":\"7\",\"noOvertime\":\"false\"}}],\"limits\":{\"dailyHours\":\"6.5\","
                + "\"noOvertime\":\"true\",\"daysPerWeek\":4}}}");
        assertEquals(created.getEntity().toString(), 201, created.getStatus());
        JsonObject limits = body(created).getAsJsonObject("value").getAsJsonObject("limits");
        assertEquals(6.5, limits.get("dailyHours").getAsDouble(), 0);
        assertTrue(limits.get("noOvertime").getAsBoolean());
        assertFalse(body(created).getAsJsonObject("value").getAsJsonArray("steps").get(0).getAsJsonObject()
                .getAsJsonObject("limits").get("noOvertime").getAsBoolean());
        Response thirty = accommodations.create(caseId, "{\"accommodation\":{\"reviewDates\":[],\"reviewsDone\":[],\"title\":\"t\",\"steps\":[],"
                + "\"limits\":{\"dailyHours\":30,\"daysPerWeek\":9}}}");
        assertEquals(400, thirty.getStatus());
        assertEquals("limits.dailyHours", firstErrorField(thirty));
        Response words = accommodations.create(caseId, "{\"accommodation\":{\"reviewDates\":[],\"reviewsDone\":[],\"title\":\"顧客対応を減らす\",\"steps\":[]}}");
        assertEquals("an accommodation in words only, as before", 201, words.getStatus());
        assertFalse(body(words).getAsJsonObject("value").has("limits"));
    }

    @Test
    public void refusalsSayWhoMayAndNonMembersGet404() {
        planned();
        actAs(CaseRole.WORKER);
        Response plan = resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0", ""));
        assertEquals(403, plan.getStatus());
        assertTrue(plan.getEntity().toString(), plan.getEntity().toString().contains("supervisor and the coaches"));
        actAs(CaseRole.SUPERVISOR);
        Response actuals = resource.actuals(caseId, WEEK.toString(), "{\"version\":1,\"actuals\":{\"actualHours\":[6,0,0,0,0,0,0]}}");
        assertEquals(403, actuals.getStatus());
        assertTrue(actuals.getEntity().toString().contains("the worker or the in-company coach"));
        actAs(CaseRole.HR);
        JsonObject summary = body(resource.week(caseId, WEEK.toString()));
        assertEquals(0, summary.getAsJsonObject("week").getAsJsonObject("value").getAsJsonArray("tasks").size());
        assertFalse(summary.getAsJsonObject("rights").get("seesTasks").getAsBoolean());
        user.key = "stranger";
        assertEquals(404, resource.week(caseId, WEEK.toString()).getStatus());
        assertEquals(404, resource.plan(caseId, WEEK.toString(), plan(1, "6,6,6,6,6,0,0", "")).getStatus());
    }

    private static String streamed(Response csv) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ((jakarta.ws.rs.core.StreamingOutput) csv.getEntity()).write(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The CSV: BOM, header in the reader's language, per week seven day rows and one row per task, ISO dates, hostile
     * text made formula-safe, the linked analysis by title for a coach; audited as an export of WORKLOAD.
     */
    @Test
    public void theCsvHoldsDaysAndTasksFormulaSafeInTheReadersLanguageAuditedAsAnExport() throws Exception {
        actAs(CaseRole.IN_COMPANY_COACH);
        var analysis = tasks.create(caseId, new jp.jobcoach.workspace.domain.task.TaskAnalysis("=1+1 日報", null, null, null,
                3, null, java.util.List.of(jp.jobcoach.workspace.domain.task.TaskStep.of("開く"))));
        // the link as the plan form's choice sends it: the option's value, a string
        String hostile = "=HYPERLINK(\\\"http://evil\\\")";
        Response planned = resource.plan(caseId, WEEK.toString(), plan(0, "6,6.5,6,6,6,0,0", "{\"title\":\"" + hostile
                + "\",\"estimatedHours\":2.5,\"due\":\"" + WEEK.plusDays(2) + "\",\"taskAnalysisId\":\"" + analysis.id() + "\"}"));
        assertEquals(planned.getEntity().toString(), 200, planned.getStatus());
        actAs(CaseRole.WORKER);
        assertEquals(200, resource.actuals(caseId, WEEK.toString(),
                "{\"version\":1,\"actuals\":{\"actualHours\":[5.5,null,null,null,null,null,null]}}").getStatus());

        actAs(CaseRole.IN_COMPANY_COACH);
        user.locale = Locale.JAPANESE;
        Response csv = resource.export(caseId);
        assertEquals(200, csv.getStatus());
        assertEquals("attachment; filename=\"jobcoach-case-" + caseId + "-workload.csv\"", csv.getHeaderString("Content-Disposition"));
        java.util.List<String> lines = streamed(csv).lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF週（月曜日）,行の種類,日付,予定時間,実績時間,"));
        assertEquals("seven days and one task", 1 + 7 + 1, lines.size());
        assertEquals(WEEK + ",日," + WEEK + ",6,5.5,,,,,,,", lines.get(1));
        assertEquals(WEEK + ",日," + WEEK.plusDays(1) + ",6.5,,,,,,,,", lines.get(2));
        assertEquals("the task, formula-safe, its analysis by title (formula-safe too)",
                WEEK + ",タスク,,,,\"'=HYPERLINK(\"\"http://evil\"\")\",2.5," + WEEK.plusDays(2)
                        + ",Name of IN_COMPANY_COACH,未完了,,'=1+1 日報", lines.get(8));
        jp.jobcoach.workspace.domain.AuditEntry audited = auditStore.forCase(caseId, 0, 1).get(0);
        assertEquals(jp.jobcoach.workspace.domain.AuditAction.EXPORT, audited.action());
        assertEquals("WORKLOAD", audited.category());

        // the supervisor sees the task but not the analysis's title; HR the hours only, no task at all
        actAs(CaseRole.SUPERVISOR);
        String supervisor = streamed(resource.export(caseId));
        assertTrue(supervisor, supervisor.contains("HYPERLINK") && supervisor.contains("課題分析あり")
                && !supervisor.contains("日報"));
        actAs(CaseRole.HR);
        String hr = streamed(resource.export(caseId));
        assertEquals(1 + 7, hr.lines().count());
        assertFalse(hr, hr.contains("HYPERLINK") || hr.contains("日報") || hr.contains("タスク,"));
        assertTrue(hr, hr.contains(WEEK + ",日," + WEEK + ",6,5.5"));

        user.key = "stranger";
        assertEquals(404, resource.export(caseId).getStatus());
    }
}
