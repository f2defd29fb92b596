package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.web.Json;
import org.junit.Before;
import org.junit.Test;

public class PlanResourceTest extends RestTestSupport {
    private PlanResource resource;

    @Before
    public void setUp() {
        resource = new PlanResource(plans, errors);
    }

    private String revision(int version, String situation) {
        return Json.write(Map.of("version", version, "plan", planContent(situation)));
    }

    @Test
    public void reviseAgreeListAndDiff() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(0, body(resource.current(caseId)).get("version").getAsInt());
        assertEquals(200, resource.revise(caseId, revision(0, "first")).getStatus());
        actAs(CaseRole.WORKER);
        Response agreed = resource.agree(caseId, "{\"revision\":1,\"role\":\"WORKER\"}");
        assertEquals(200, agreed.getStatus());
        assertEquals(1, body(agreed).getAsJsonArray("agreements").size());

        actAs(CaseRole.COUNSELOR);
        JsonObject revised = body(resource.revise(caseId, revision(1, "second")));
        assertEquals(2, revised.get("version").getAsInt());
        assertEquals("[\"WORKER\"]", revised.get("toAgreeAgain").toString());
        assertFalse(revised.get("agreed").getAsBoolean());
        assertEquals(2, body(resource.revisions(caseId)).getAsJsonArray("revisions").size());
        JsonObject diff = body(resource.diff(caseId, 1, 2));
        assertEquals("currentSituation", diff.getAsJsonArray("changes").get(0).getAsJsonObject().get("field").getAsString());
    }

    @Test
    public void staleRevisionGets409WithTheCurrentPlan() {
        actAs(CaseRole.CENTER_COACH);
        resource.revise(caseId, revision(0, "first"));
        Response stale = resource.revise(caseId, revision(0, "mine"));
        assertEquals(409, stale.getStatus());
        assertTrue(body(stale).getAsJsonObject("current").getAsJsonArray("revisions").size() == 1);
        assertEquals(409, resource.agree(caseId, "{\"revision\":7,\"role\":\"CENTER_COACH\"}").getStatus());
    }

    @Test
    public void invalidInputGets400() {
        actAs(CaseRole.CENTER_COACH);
        assertEquals(400, resource.revise(caseId, "{\"version\":0}").getStatus());
        resource.revise(caseId, revision(0, "first"));
        Response wrongRole = resource.agree(caseId, "{\"revision\":1,\"role\":\"WORKER\"}");
        assertEquals(400, wrongRole.getStatus());
        assertEquals("role", firstErrorField(wrongRole));
        assertEquals("role", firstErrorField(resource.agree(caseId, "{\"revision\":1,\"role\":\"<b>\"}")));
    }

    @Test
    public void hrSeesNoPlanStrangersNoCaseAndMissingRevisionsAreNotFound() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(404, resource.revisions(caseId).getStatus());
        resource.revise(caseId, revision(0, "first"));
        assertEquals(404, resource.diff(caseId, 1, 9).getStatus());
        actAs(CaseRole.WORKER);
        assertEquals(403, resource.revise(caseId, revision(1, "mine")).getStatus());
        actAs(CaseRole.HR);
        assertEquals(403, resource.current(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.current(caseId).getStatus());
    }
}
