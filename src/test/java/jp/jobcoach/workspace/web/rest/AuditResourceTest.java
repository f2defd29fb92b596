package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.service.AuditLog;
import jp.jobcoach.workspace.store.AuditEventEntity;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class AuditResourceTest extends RestTestSupport {
    private AuditResource resource;

    @Before
    public void setUp() {
        resource = new AuditResource(audits, errors, RestTestSupport::fromBundles, user, people, views);
        actAs(CaseRole.HR);
        accommodations.create(caseId, accommodation());
    }

    @Test
    public void occupationalHealthReadsAPageAndExportsCsv() throws IOException {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Response page = resource.page(caseId, query());
        assertEquals(200, page.getStatus());
        assertEquals(1, body(page).getAsJsonArray("entries").size());
        assertTrue("one page holds it all", body(page).get("next") == null);

        user.locale = Locale.JAPANESE;
        Response csv = resource.export(caseId);
        assertEquals(200, csv.getStatus());
        assertEquals("attachment; filename=\"jobcoach-case-" + caseId + "-audit.csv\"", csv.getHeaderString("Content-Disposition"));
        String text = streamed(csv);
        assertTrue(text, text.startsWith("\uFEFF日時,操作者,操作"));
        assertTrue(text, text.contains(",HR,CREATE,ACCOMMODATIONS,accommodation,"));
        String row = text.lines().skip(1).filter(line -> line.contains("accommodation")).findFirst().orElseThrow();
        assertTrue("readable first: local time, name, labels in the downloader's language; then the codes: " + row,
                row.startsWith(views.forViewer(false).text().when(NOW) + ",Name of HR,作成,就業上の配慮,就業上の配慮 #")
                        && row.contains(NOW.toString() + ",HR,CREATE,"));
    }

    /** Longer than one chunk of the export's keyset paging: every entry once, newest first, none lost at a seam. */
    @Test
    public void theExportStreamsEveryEntryOnceNewestFirstAcrossChunks() throws Exception {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        AuditLog log = auditLog;
        for (int i = 0; i < 1_234; i++) {
            log.record(guard.require(caseId, DataCategory.CASE, Access.VIEW), AuditAction.UPDATE,
                    DataCategory.CASE, "case", i, List.of("department"));
        }
        List<String> rows = streamed(resource.export(caseId)).lines().skip(1).toList();
        assertEquals("1,234 updates, the accommodation made in setUp, and this export (audited before it is sent)",
                1_234 + 2, rows.size());
        assertTrue(rows.get(0), rows.get(0).contains(",EXPORT,AUDIT,audit-log,"));
        assertEquals(",case,1233,department", rows.get(1).substring(rows.get(1).indexOf(",case,")));
        assertEquals("no entry twice (all share one timestamp, so the seams fall inside it)", rows.size(), new HashSet<>(rows).size());
        assertTrue(rows.get(rows.size() - 1), rows.get(rows.size() - 1).contains(",accommodation,"));
    }

    private static String streamed(Response csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) csv.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void administratorsMayReadOtherRolesMayNot() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(403, resource.page(caseId, query()).getStatus());
        assertEquals(403, resource.rows(caseId, query()).getStatus());
        assertEquals(403, resource.export(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.export(caseId).getStatus());
        user.administrator = true;
        assertEquals(200, resource.export(caseId).getStatus());
        assertEquals(404, resource.page(999_999, query()).getStatus());
    }

    @Test
    public void entriesNameFieldsNotValues() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String json = body(resource.page(caseId, query())).getAsJsonArray("entries").toString();
        assertTrue(json, json.contains("\"actorKey\":\"HR\"") && json.contains("\"title\""));
        assertTrue("field names only, never their contents", !json.contains("短時間勤務"));
    }

    /** Filters and pages are the server's: a page of two, the next by its cursor, kept to the filters throughout. */
    @Test
    public void filtersAndKeysetPagesOnTheServer() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        for (int i = 0; i < 3; i++) {
            guard.healthRead(guard.require(caseId, DataCategory.HEALTH, Access.VIEW), ConsentCategory.HEALTH);
        }
        var first = body(resource.page(caseId, query("action", "READ", "pageSize", "2")));
        assertEquals(2, first.getAsJsonArray("entries").size());
        var second = body(resource.page(caseId, query("action", "READ", "pageSize", "2", "cursor", first.get("next").getAsString())));
        assertEquals(1, second.getAsJsonArray("entries").size());
        assertTrue(second.get("next") == null);
        assertEquals(1, body(resource.page(caseId, query("actor", "HR"))).getAsJsonArray("entries").size());
        assertEquals(0, body(resource.page(caseId, query("category", "PLAN"))).getAsJsonArray("entries").size());
        String day = TODAY.toString();
        assertEquals(4, body(resource.page(caseId, query("from", day, "to", day))).getAsJsonArray("entries").size());
        assertEquals(0, body(resource.page(caseId, query("from", TODAY.plusDays(1).toString()))).getAsJsonArray("entries").size());

        Response bad = resource.page(caseId, query("from", day, "to", TODAY.minusDays(1).toString(), "action", "LOOK"));
        assertEquals(400, bad.getStatus());
        assertTrue(bad.getEntity().toString(), bad.getEntity().toString().contains("\"field\":\"to\"")
                && bad.getEntity().toString().contains("\"field\":\"action\"")
                && bad.getEntity().toString().contains("To (day)"));
        assertEquals(400, resource.page(caseId, query("cursor", "forged")).getStatus());
    }

    /** The script's rows: three health reads of one minute are one row with their count. */
    @Test
    public void theRenderedRowsGroupRepeatedHealthReads() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        for (int i = 0; i < 3; i++) {
            guard.healthRead(guard.require(caseId, DataCategory.HEALTH, Access.VIEW), ConsentCategory.HEALTH);
        }
        Response rows = resource.rows(caseId, query());
        assertEquals(200, rows.getStatus());
        String html = rows.getEntity().toString();
        assertTrue(html, html.contains("Read (3 times)"));
        assertEquals("two rows: the grouped reads and the accommodation", 2, html.split("<tr>", -1).length - 1);
        assertTrue(html.contains("data-next=\"\""));
    }

    private static UriInfo query(String... pairs) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.add(pairs[i], pairs[i + 1]);
        }
        UriInfo uri = mock(UriInfo.class);
        when(uri.getQueryParameters()).thenReturn(parameters);
        return uri;
    }

    @Test
    public void theChainCheckAnswersOccupationalHealthAndRefusesOtherRoles() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        var check = body(resource.chain(caseId));
        assertTrue(check.get("intact").getAsBoolean());
        assertEquals(1, check.get("checked").getAsInt());
        actAs(CaseRole.HR);
        assertEquals(403, resource.chain(caseId).getStatus());
        assertEquals(403, resource.chainMessage(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.chain(caseId).getStatus());
    }

    /** The audit view's message: intact as written; a row edited in the database shows as a break at its place. */
    @Test
    public void theViewsCheckSaysWhetherTheChainIsIntactAndWhereItBreaks() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(caseId, accommodation());
        String intact = resource.chainMessage(caseId).getEntity().toString();
        assertTrue(intact, intact.contains("aui-message-success") && intact.contains("all 2 entries of its hash chain"));

        AuditEventEntity first = ao.find(AuditEventEntity.class,
                Query.select().where("CASE_ID = ? AND CHAIN_SEQ = ?", caseId, 1))[0];
        first.setFields("nothing");
        first.save();
        String broken = resource.chainMessage(caseId).getEntity().toString();
        assertTrue(broken, broken.contains("aui-message-error") && broken.contains("entry 1 of the chain"));
        assertEquals(Integer.valueOf(1), Integer.valueOf(body(resource.chain(caseId)).get("brokenAt").getAsInt()));
    }
}
