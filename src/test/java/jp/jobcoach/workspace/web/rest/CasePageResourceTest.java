package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

public class CasePageResourceTest extends RestTestSupport {
    private CasePageResource resource;

    @Before
    public void setUp() {
        resource = new CasePageResource(casePages, RestTestSupport::fromBundles, user, errors, pageRestrictions);
    }

    @Test
    public void theMissingPagesComeWithTitleAndBodyInTheCallersLanguageAndAreFiledOneByOne() {
        actAs(CaseRole.COUNSELOR);
        user.locale = Locale.JAPANESE;
        JsonObject missing = body(resource.missing(caseId));
        assertEquals(ROOT_PAGE, missing.get("parentPageId").getAsLong());
        assertEquals("CASES", missing.get("spaceKey").getAsString());
        JsonArray drafts = missing.getAsJsonArray("pages");
        assertEquals(CasePageKind.values().length, drafts.size());
        JsonObject plan = drafts.get(0).getAsJsonObject();
        assertEquals("PLAN", plan.get("kind").getAsString());
        String title = plan.getAsJsonArray("titles").get(0).getAsString();
        assertTrue(title, title.endsWith("：支援計画"));
        assertTrue(plan.get("body").getAsString().contains("<ac:structured-macro ac:name=\"jobcoach-plan\"/>"));

        Response filed = resource.file(caseId, "PLAN", "{\"pageId\": 1001}");
        assertEquals(200, filed.getStatus());
        JsonObject first = body(filed).getAsJsonArray("pages").get(0).getAsJsonObject();
        assertTrue(first.get("exists").getAsBoolean());
        assertEquals(1001, first.getAsJsonObject("link").get("id").getAsLong());
        assertEquals(CasePageKind.values().length - 1, body(resource.missing(caseId)).getAsJsonArray("pages").size());
        assertEquals(200, resource.list(caseId).getStatus());
    }

    @Test
    public void badFilingsGet400NamingTheFieldAndFileNothing() {
        actAs(CaseRole.COUNSELOR);
        assertEquals("kind", firstErrorField(resource.file(caseId, "LUNCH", "{\"pageId\": 1001}")));
        assertEquals("body", firstErrorField(resource.file(caseId, "PLAN", "{}")));
        assertEquals("body", firstErrorField(resource.file(caseId, "PLAN", "{\"pageId\": \"soon\"}")));
        Response outside = resource.file(caseId, "PLAN", "{\"pageId\": 2001}");
        assertEquals(400, outside.getStatus());
        assertEquals("pageId", firstErrorField(outside));
        assertTrue(outside.getEntity().toString(), outside.getEntity().toString().contains("not below the home page"));
        assertFalse(body(resource.list(caseId)).getAsJsonArray("pages").get(0).getAsJsonObject().get("exists").getAsBoolean());
    }

    @Test
    public void whoMayNotEditTheCaseGets403AndStrangers404() {
        actAs(CaseRole.HR);
        assertEquals(200, resource.list(caseId).getStatus());
        assertEquals(403, resource.missing(caseId).getStatus());
        assertEquals(403, resource.file(caseId, "PLAN", "{\"pageId\": 1001}").getStatus());
        user.key = "stranger";
        assertEquals(404, resource.list(caseId).getStatus());
        assertEquals(404, resource.file(caseId, "PLAN", "{\"pageId\": 1001}").getStatus());
    }
}
