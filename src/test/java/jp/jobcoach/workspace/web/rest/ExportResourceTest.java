package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import org.junit.Before;
import org.junit.Test;

/** Issue 15 §12: the CSV files of visits, interviews' actions, accommodations and plan revisions. */
public class ExportResourceTest extends RestTestSupport {
    private static final String FORMULA = "=HYPERLINK(\"http://evil\")";
    private ExportResource resource;

    @Before
    public void setUp() {
        resource = new ExportResource(visits, interviews, accommodations, plans, errors, views);
    }

    private static VisitRecord visit(int day, String observations) {
        return new VisitRecord(RETURN.plusDays(day), List.of(keyOf(CaseRole.CENTER_COACH)), VisitKind.WORK_OBSERVATION,
                observations, "+休憩を取る", "-line care", "@next\tstep");
    }

    @Test
    public void visitsInTheUsersLanguageWithLocalDatesNamesAndFormulaSafeCellsAuditedAsAnExport() throws IOException {
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, visit(3, FORMULA));
        user.locale = Locale.JAPANESE;
        Response csv = resource.visits(caseId);
        assertEquals(200, csv.getStatus());
        assertEquals("attachment; filename=\"jobcoach-case-" + caseId + "-visits.csv\"", csv.getHeaderString("Content-Disposition"));
        List<String> lines = streamed(csv).lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF日付,支援の種類,"));
        assertTrue(lines.get(1), lines.get(1).startsWith(RETURN.plusDays(3) + ",作業場面の観察,Name of CENTER_COACH,"));
        assertTrue("formulas neutralised: " + lines.get(1), lines.get(1).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",'+休憩を取る,'-line care,'@next\tstep"));
        assertTrue(lastAudited().toString(), lastAudited().action() == AuditAction.EXPORT && lastAudited().category().equals("VISITS"));
    }

    /** Longer than one chunk of the keyset reads: every visit once, newest first. */
    @Test
    public void theVisitExportReadsEveryVisitOnceAcrossChunks() throws IOException {
        actAs(CaseRole.CENTER_COACH);
        for (int i = 0; i < 1_030; i++) {
            visits.create(caseId, visit(i % 40, "visit " + i));
        }
        List<String> rows = streamed(resource.visits(caseId)).lines().skip(1).toList();
        assertEquals(1_030, rows.size());
        assertEquals(rows.size(), new HashSet<>(rows).size());
        assertTrue(rows.get(0).startsWith(RETURN.plusDays(39).toString()));
        assertTrue(rows.get(rows.size() - 1).startsWith(RETURN.toString()));
    }

    @Test
    public void eachExportKeepsItsCategorysRulesStrangersGetNotFound() {
        actAs(CaseRole.HR);
        assertEquals("HR sees no visit records", 403, resource.visits(caseId).getStatus());
        assertEquals(403, resource.interviews(caseId).getStatus());
        assertEquals(403, resource.plan(caseId).getStatus());
        assertEquals("HR puts accommodations in place", 200, resource.accommodations(caseId).getStatus());
        user.key = "stranger";
        for (Response response : List.of(resource.visits(caseId), resource.interviews(caseId), resource.accommodations(caseId),
                resource.plan(caseId))) {
            assertEquals(404, response.getStatus());
        }
    }

    @Test
    public void interviewsExportTheirActionsAndNothingOfTheWorkersAccount() throws IOException {
        actAs(CaseRole.CENTER_COACH);
        interviews.create(caseId, interview(RETURN.plusDays(7)));
        actAs(CaseRole.SUPERVISOR);
        String text = streamed(resource.interviews(caseId));
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFFInterview date,Interview status,Action,What,Who,Due date,Status"));
        assertTrue(lines.get(1), lines.get(1).startsWith(RETURN.plusDays(7) + ",Draft,Agreed actions,\"早めに休む "));
        assertTrue(lines.get(1), lines.get(1).contains(",Name of WORKER," + RETURN.plusDays(14) + ","));
        assertFalse("no worries, no ratings", text.contains("眠れない") || text.contains("8h"));
        assertEquals("INTERVIEWS", lastAudited().category());
    }

    @Test
    public void accommodationsOneRowPerStep() throws IOException {
        actAs(CaseRole.HR);
        accommodations.create(caseId, accommodation());
        user.locale = Locale.JAPANESE;
        List<String> lines = streamed(resource.accommodations(caseId)).lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF名称,"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1), lines.get(1).startsWith("短時間勤務,") && lines.get(1).contains(
                RETURN.plusMonths(1) + "; " + RETURN.plusMonths(2) + ",,6h→7h," + RETURN.plusMonths(1) + ",,"));
        assertTrue(lines.get(2), lines.get(2).contains(",7h→8h,"));
        assertEquals("ACCOMMODATIONS", lastAudited().category());
    }

    @Test
    public void planRevisionsNewestFirstWithWhoAgreed() throws IOException {
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 0, planContent("first"));
        actAs(CaseRole.WORKER);
        plans.agree(caseId, 1, CaseRole.WORKER);
        actAs(CaseRole.COUNSELOR);
        plans.revise(caseId, 1, planContent("second"));
        List<String> lines = streamed(resource.plan(caseId)).lines().toList();
        assertEquals("\uFEFFRevision,Saved at,Saved by,Agreed by", lines.get(0));
        assertTrue(lines.get(1), lines.get(1).startsWith("2,") && lines.get(1).endsWith(",Name of COUNSELOR,"));
        assertTrue(lines.get(2), lines.get(2).startsWith("1,") && lines.get(2).contains(",Name of WORKER as Worker ("));
        assertFalse("no plan texts", String.join("\n", lines).contains("second"));
        assertEquals("PLAN", lastAudited().category());
    }

    private AuditEntry lastAudited() {
        return auditStore.forCase(caseId, 0, 1).get(0);
    }

    private static String streamed(Response csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) csv.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
