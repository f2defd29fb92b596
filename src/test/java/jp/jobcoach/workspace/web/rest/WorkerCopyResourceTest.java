package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.WorkerCopyService;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.VisitStore;
import org.junit.Before;
import org.junit.Test;

/**
 * The worker's own copy: complete (their own ratings and worries, the coaches' visit notes, every plan revision,
 * the audit log), audited as an export, and theirs only.
 */
public class WorkerCopyResourceTest extends RestTestSupport {
    private WorkerCopyResource resource;

    @Before
    public void setUp() {
        WorkerCopyService copies = new WorkerCopyService(guard, caseStore, planStore, new AccommodationStore(ao),
                new InterviewStore(ao), new VisitStore(ao), new jp.jobcoach.workspace.store.PlannedVisitStore(ao), auditStore, auditLog, time,
                new jp.jobcoach.workspace.store.TaskAnalysisStore(ao), new jp.jobcoach.workspace.store.WorkloadStore(ao));
        resource = new WorkerCopyResource(copies, errors, people, views);
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, StoreFixtures.planContent("最初の状況"));
        plans.revise(caseId, 1, StoreFixtures.planContent("見直した状況"));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, StoreFixtures.accommodation());
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, StoreFixtures.visit(RETURN));
        visits.plan(caseId, new jp.jobcoach.workspace.domain.PlannedVisit(RETURN.plusDays(7), "CENTER_COACH", "上司と面談"));
        for (int i = 0; i < 3; i++) {
            interviews.create(caseId, StoreFixtures.interview(RETURN.plusDays(14L * i)));
        }
    }

    @Test
    public void theWorkerGetsEverythingHeldAboutThemAsJsonAndTheDownloadIsAudited() {
        actAs(CaseRole.WORKER);
        Response response = resource.json(caseId);
        assertEquals(200, response.getStatus());
        assertEquals("attachment; filename=\"jobcoach-case-" + caseId + "-my-data.json\"",
                response.getHeaderString("Content-Disposition"));
        JsonObject copy = body(response);
        assertEquals(caseId, copy.getAsJsonObject("supportCase").get("id").getAsLong());
        assertEquals(CaseRole.values().length, copy.getAsJsonArray("team").size());
        assertEquals("Name of WORKER", copy.getAsJsonArray("team").get(0).getAsJsonObject().get("displayName").getAsString());
        assertEquals(2, copy.getAsJsonObject("plan").getAsJsonArray("revisions").size());
        assertEquals(1, copy.getAsJsonArray("accommodations").size());
        assertEquals("every consent the worker gave (the fixture's paper consents)",
                consentStore.ledger(caseId).consents().size(), copy.getAsJsonArray("consents").size());
        assertTrue(copy.getAsJsonArray("consents").size() > 0);
        assertEquals("the coaches' visit notes are disclosed too (docs/decisions.md)", 1, copy.getAsJsonArray("visits").size());
        assertEquals("the visits planned with them as well", "上司と面談", copy.getAsJsonArray("plannedVisits").get(0)
                .getAsJsonObject().getAsJsonObject("value").get("note").getAsString());
        JsonArray interviews = copy.getAsJsonArray("interviews");
        assertEquals(3, interviews.size());
        JsonObject newest = interviews.get(0).getAsJsonObject().getAsJsonObject("value");
        assertEquals("the worker's own ratings and worries, which their working view leaves out",
                3, newest.getAsJsonObject("ratings").getAsJsonObject("ratings").get("FATIGUE").getAsInt());
        assertEquals("眠れない", newest.getAsJsonObject("notes").get("worries").getAsString());
        JsonArray audit = copy.getAsJsonArray("audit");
        assertEquals("the export itself comes first, newest first", "EXPORT",
                audit.get(0).getAsJsonObject().get("action").getAsString());
        assertTrue(audit.toString(), audit.toString().contains("\"recordType\":\"plan-revision\""));

        AuditEntry export = auditStore.forCase(caseId, 0, 1).get(0);
        assertEquals(AuditAction.EXPORT, export.action());
        assertEquals(WorkerCopyService.RECORD, export.recordType());
        assertEquals("WORKER", export.actorKey());
    }

    /** The task analyses, which the worker's row of the matrix does not show, are in their copy in full. */
    @Test
    public void theCopyHoldsTheTaskAnalysesWithEverySession() {
        actAs(CaseRole.IN_COMPANY_COACH);
        var analysis = tasks.create(caseId, new jp.jobcoach.workspace.domain.task.TaskAnalysis("郵便物の仕分け", null, null, null,
                3, null, List.of(jp.jobcoach.workspace.domain.task.TaskStep.of("宛名を確認する"))));
        tasks.recordSession(caseId, analysis.id(), new jp.jobcoach.workspace.domain.task.TaskSession(TODAY, null, null, null,
                "落ち着いていた", List.of(new jp.jobcoach.workspace.domain.task.StepObservation(
                        analysis.value().steps().get(0).id(), 3, null, null))));
        actAs(CaseRole.WORKER);

        JsonArray analyses = body(resource.json(caseId)).getAsJsonArray("taskAnalyses");
        assertEquals(1, analyses.size());
        assertEquals(3, analyses.get(0).getAsJsonObject().getAsJsonArray("sessions").get(0).getAsJsonObject()
                .getAsJsonObject("session").getAsJsonObject("value").getAsJsonArray("observations").get(0).getAsJsonObject()
                .get("level").getAsInt());
        user.locale = Locale.JAPANESE;
        String html = (String) resource.html(caseId).getEntity();
        assertTrue(html.contains("<h2>課題分析</h2>") && html.contains("郵便物の仕分け") && html.contains("宛名を確認する: 3 言語指示"));
    }

    /** The workload (plan, hours worked, tasks and their linked analysis) is in the copy, every week of it. */
    @Test
    public void theCopyHoldsEveryWeekOfTheWorkload() {
        actAs(CaseRole.IN_COMPANY_COACH);
        var analysis = tasks.create(caseId, new jp.jobcoach.workspace.domain.task.TaskAnalysis("郵便物の仕分け", null, null, null,
                3, null, List.of(jp.jobcoach.workspace.domain.task.TaskStep.of("宛名を確認する"))));
        java.time.LocalDate week = jp.jobcoach.workspace.domain.workload.WorkWeek.weekOf(TODAY);
        workload.plan(caseId, week, 0, List.of(6.0, 6.0, 6.0, 6.0, 6.5, 0.0, 0.0), List.of(
                new jp.jobcoach.workspace.domain.workload.WeekTask(null, "<b>請求書</b>の入力", 4, week.plusDays(2),
                        null, analysis.id(), null, null)), "無理のない範囲で");
        actAs(CaseRole.WORKER);
        workload.actuals(caseId, week, 1, java.util.Arrays.asList(5.5, null, null, null, null, null, null), java.util.Map.of());
        // more weeks than one read takes, straight to the store, so the copy reads them a chunk at a time
        var store = new jp.jobcoach.workspace.store.WorkloadStore(ao);
        for (int back = 1; back <= WorkerCopyService.CHUNK; back++) {
            store.create(caseId, jp.jobcoach.workspace.domain.workload.WorkWeek.empty(week.minusWeeks(back)));
        }

        JsonArray weeks = body(resource.json(caseId)).getAsJsonArray("workload");
        assertEquals(WorkerCopyService.CHUNK + 1, weeks.size());
        assertEquals("oldest first", week.minusWeeks(WorkerCopyService.CHUNK).toString(),
                weeks.get(0).getAsJsonObject().getAsJsonObject("value").get("start").getAsString());
        JsonObject current = weeks.get(WorkerCopyService.CHUNK).getAsJsonObject().getAsJsonObject("value");
        assertEquals(5.5, current.getAsJsonArray("actualHours").get(0).getAsDouble(), 0);
        JsonObject task = current.getAsJsonArray("tasks").get(0).getAsJsonObject();
        assertEquals("<b>請求書</b>の入力", task.get("title").getAsString());
        assertEquals(analysis.id(), task.get("taskAnalysisId").getAsLong());

        user.locale = Locale.JAPANESE;
        String html = (String) resource.html(caseId).getEntity();
        assertTrue(html, html.contains("<h2>業務量（予定・実績の時間とタスク）</h2>"));
        assertTrue("the task, escaped, with its analysis by title", html.contains("&lt;b&gt;請求書&lt;/b&gt;の入力")
                && html.contains("課題分析: 郵便物の仕分け") && !html.contains("<b>請求書"));
        assertTrue("hours by day", html.contains("月 6 · 火 6") && html.contains("月 5.5 · 火 —"));
        assertTrue(html.contains("無理のない範囲で"));
    }

    @Test
    public void thePrintablePageIsAWholeStaticDocumentInTheWorkersLanguage() {
        actAs(CaseRole.WORKER);
        user.locale = Locale.JAPANESE;
        Response response = resource.html(caseId);
        assertEquals(200, response.getStatus());
        String html = (String) response.getEntity();
        assertTrue(html, html.startsWith("<!DOCTYPE html>") || html.contains("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"ja\">"));
        for (String heading : List.of("あなたのケース", "支援計画（すべての版）", "就業上の配慮とその段階", "定着面談",
                "ジョブコーチの訪問記録", "誰がいつ何を閲覧・変更したか")) {
            assertTrue(heading, html.contains("<h2>" + heading + "</h2>"));
        }
        assertTrue("ratings by their label", html.contains("<dt>疲労感</dt><dd>3</dd>"));
        assertTrue("the worker's worries", html.contains("眠れない"));
        assertTrue("typed text escaped", html.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;") && !html.contains("<b>&amp;</b>"));
        assertFalse("no scripts, no forms", html.contains("<script") || html.contains("<form") || html.contains("<button"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'", response.getHeaderString("Content-Security-Policy"));
    }

    @Test
    public void nobodyElseMayHaveTheWorkersCopy() {
        for (CaseRole role : CaseRole.values()) {
            if (role != CaseRole.WORKER) {
                actAs(role);
                assertEquals(role.name(), 403, resource.json(caseId).getStatus());
                assertEquals(role.name(), 403, resource.html(caseId).getStatus());
            }
        }
        user.key = "stranger";
        assertEquals(404, resource.json(caseId).getStatus());
        user.key = "admin";
        user.administrator = true;
        assertEquals("administrators are not the worker either", 404, resource.json(caseId).getStatus());
        assertTrue(auditStore.forCase(caseId, 0, 100).stream().noneMatch(entry -> entry.action() == AuditAction.EXPORT));
    }
}
