package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

public class AuditResourceTest extends RestTestSupport {
    private AuditResource resource;

    @Before
    public void setUp() {
        resource = new AuditResource(audits, errors, RestTestSupport::fromBundles, user, people);
        actAs(CaseRole.HR);
        accommodations.create(caseId, accommodation());
    }

    @Test
    public void occupationalHealthReadsAPageAndExportsCsv() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Response page = resource.page(caseId, 0, 1000);
        assertEquals(200, page.getStatus());
        assertEquals(1, body(page).getAsJsonArray("entries").size());
        assertEquals(200, body(page).get("limit").getAsInt());

        user.locale = Locale.JAPANESE;
        Response csv = resource.export(caseId);
        assertEquals(200, csv.getStatus());
        assertEquals("attachment; filename=\"jobcoach-case-" + caseId + "-audit.csv\"", csv.getHeaderString("Content-Disposition"));
        String text = (String) csv.getEntity();
        assertTrue(text, text.startsWith("\uFEFF日時,操作者,操作"));
        assertTrue(text, text.contains(",HR,CREATE,ACCOMMODATIONS,accommodation,"));
    }

    @Test
    public void administratorsMayReadOtherRolesMayNot() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(403, resource.page(caseId, 0, 10).getStatus());
        assertEquals(403, resource.export(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.export(caseId).getStatus());
        user.administrator = true;
        assertEquals(200, resource.export(caseId).getStatus());
        assertEquals(404, resource.page(999_999, 0, 10).getStatus());
    }

    @Test
    public void pageBoundsAreClampedAndEntriesNameFieldsNotValues() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        var page = body(resource.page(caseId, -5, 0));
        assertEquals(0, page.get("offset").getAsInt());
        assertEquals(1, page.get("limit").getAsInt());
        String json = page.getAsJsonArray("entries").toString();
        assertTrue(json, json.contains("\"actorKey\":\"HR\"") && json.contains("\"title\""));
        assertTrue("field names only, never their contents", !json.contains("短時間勤務"));
    }
}
