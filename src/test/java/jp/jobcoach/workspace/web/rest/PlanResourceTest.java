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
        resource = new PlanResource(plans, cases, errors, views);
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
        JsonObject revisions = body(resource.revisions(caseId, null, null));
        assertEquals("newest first", 2, revisions.getAsJsonArray("revisions").get(0).getAsJsonObject().get("number").getAsInt());
        assertEquals(1, revisions.getAsJsonArray("agreements").size());
        JsonObject firstOfOne = body(resource.revisions(caseId, "1", null));
        assertEquals(1, firstOfOne.getAsJsonArray("revisions").size());
        JsonObject secondOfOne = body(resource.revisions(caseId, "1", firstOfOne.get("next").getAsString()));
        assertEquals(1, secondOfOne.getAsJsonArray("revisions").get(0).getAsJsonObject().get("number").getAsInt());
        assertFalse("the last page", secondOfOne.has("next"));
        assertEquals("cursor", firstErrorField(resource.revisions(caseId, null, "2026-01-01~3")));
        JsonObject diff = body(resource.diff(caseId, 1, 2));
        assertEquals("currentSituation", diff.getAsJsonArray("changes").get(0).getAsJsonObject().get("field").getAsString());
    }

    @Test
    public void olderRevisionsComeAsRenderedRowsAndEachOpensWithWhatItChanged() {
        actAs(CaseRole.COUNSELOR);
        for (int basedOn = 0; basedOn < 3; basedOn++) {
            resource.revise(caseId, revision(basedOn, "situation " + (basedOn + 1)));
        }
        Response rows = resource.olderRows(caseId, "1", "3");
        assertEquals(200, rows.getStatus());
        String fragment = (String) rows.getEntity();
        assertTrue(fragment.contains("data-next=\"2\"") && fragment.contains("data-open=\"/cases/" + caseId + "/plan/revisions/2\""));
        String opened = (String) resource.opened(caseId, 2).getEntity();
        assertTrue(opened.contains("<article class=\"jobcoach-plan-revision\" id=\"jobcoach-plan-" + caseId + "-revision-2\">"));
        assertTrue(opened.contains("<h4>Changes from revision 1 to 2</h4>") && opened.contains("<bdi>situation 2</bdi></ins>"));
        assertEquals(404, resource.opened(caseId, 1).getStatus());
        assertEquals(400, resource.olderRows(caseId, "0", null).getStatus());
        actAs(CaseRole.HR);
        assertEquals(403, resource.olderRows(caseId, null, null).getStatus());
        assertEquals(403, resource.opened(caseId, 2).getStatus());
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

    /** The counselor records a paper agreement over REST; field errors are translated, others are refused. */
    @Test
    public void theCounselorRecordsAnAgreementOnPaper() {
        actAs(CaseRole.COUNSELOR);
        resource.revise(caseId, revision(0, "first"));
        user.locale = java.util.Locale.JAPANESE;
        Response future = resource.agreeOnPaper(caseId, "{\"revision\":1,\"role\":\"WORKER\",\"signedOn\":\""
                + TODAY.plusDays(1) + "\",\"method\":\"SIGNED_BY_POST\"}");
        assertEquals(400, future.getStatus());
        assertEquals("signedOn", firstErrorField(future));
        assertTrue(future.getEntity().toString(), future.getEntity().toString().contains("未来の日付"));
        assertEquals("method", firstErrorField(resource.agreeOnPaper(caseId,
                "{\"revision\":1,\"role\":\"WORKER\",\"signedOn\":\"" + TODAY + "\",\"method\":\"FAX\"}")));
        assertEquals("role", firstErrorField(resource.agreeOnPaper(caseId,
                "{\"revision\":1,\"role\":\"CENTER_COACH\",\"signedOn\":\"" + TODAY + "\",\"method\":\"SIGNED_BY_POST\"}")));
        String paper = "{\"revision\":1,\"role\":\"SUPERVISOR\",\"signedOn\":\"" + TODAY
                + "\",\"method\":\"SIGNED_IN_PERSON\",\"signer\":\"山田 部長\"}";
        Response recorded = resource.agreeOnPaper(caseId, paper);
        assertEquals(200, recorded.getStatus());
        com.google.gson.JsonObject given = body(recorded).getAsJsonArray("agreements").get(0).getAsJsonObject();
        assertEquals(keyOf(CaseRole.COUNSELOR), given.get("userKey").getAsString());
        assertEquals("山田 部長", given.getAsJsonObject("onPaper").get("signer").getAsString());
        assertFalse(body(recorded).getAsJsonArray("missingParties").toString().contains("COMPANY"));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals(403, resource.agreeOnPaper(caseId, paper).getStatus());
    }

    @Test
    public void hrSeesNoPlanStrangersNoCaseAndMissingRevisionsAreNotFound() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(404, resource.revisions(caseId, null, null).getStatus());
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
