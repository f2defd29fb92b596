package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.Accommodation;
import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.web.Json;
import org.junit.Before;
import org.junit.Test;

public class AccommodationResourceTest extends RestTestSupport {
    private AccommodationResource resource;

    @Before
    public void setUp() {
        resource = new AccommodationResource(accommodations, errors, cases, time, views);
    }

    private long created(Accommodation value) {
        Response response = resource.create(caseId, Json.write(Map.of("accommodation", value)));
        assertEquals(201, response.getStatus());
        return body(response).get("id").getAsLong();
    }

    @Test
    public void listFlagsDueReviewsAndLiftAndReviewMoveTheVersion() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Accommodation value = accommodation();
        Accommodation due = new Accommodation("残業なし", null, value.steps(), java.util.List.of(TODAY), java.util.List.of(), null);
        long id = created(value);
        created(due);
        JsonObject list = body(resource.list(caseId));
        assertFalse(list.getAsJsonArray("accommodations").get(0).getAsJsonObject().get("reviewDue").getAsBoolean());
        assertTrue(list.getAsJsonArray("accommodations").get(1).getAsJsonObject().get("reviewDue").getAsBoolean());

        Response lifted = resource.liftStep(caseId, id, "{\"version\":1,\"step\":0,\"date\":\"" + TODAY + "\"}");
        assertEquals(200, lifted.getStatus());
        assertEquals(keyOf(CaseRole.OCCUPATIONAL_HEALTH), body(lifted).getAsJsonObject("value").getAsJsonArray("steps")
                .get(0).getAsJsonObject().get("approvedBy").getAsString());
        assertEquals(200, resource.recordReview(caseId, id, "{\"version\":2,\"date\":\"" + TODAY + "\"}").getStatus());
        assertEquals(200, resource.update(caseId, id, Json.write(Map.of("version", 3, "accommodation", value))).getStatus());
    }

    /**
     * The approver takes a lift back within the window (audited); someone else, a later attempt or one after another
     * change is refused: 400 naming the rule, 409 with the current record.
     */
    @Test
    public void theApproverUndoesTheirLiftWithinTheWindowUnlessSomethingChangedSince() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        long id = created(accommodation());
        assertEquals(200, resource.liftStep(caseId, id, "{\"version\":1,\"step\":0,\"date\":\"" + TODAY + "\"}").getStatus());
        String undo = "{\"version\":2,\"step\":0}";
        actAs(CaseRole.HR);
        Response notTheirs = resource.undoLift(caseId, id, undo);
        assertEquals(400, notTheirs.getStatus());
        assertTrue(notTheirs.getEntity().toString(), notTheirs.getEntity().toString().contains("within 15 minutes"));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Response undone = resource.undoLift(caseId, id, undo);
        assertEquals(200, undone.getStatus());
        assertFalse(body(undone).getAsJsonObject("value").getAsJsonArray("steps").get(0).getAsJsonObject().has("liftedDate"));
        assertEquals(AuditAction.UPDATE, auditStore.forCase(caseId, 0, 1).get(0).action());
        assertEquals(List.of("steps"), auditStore.forCase(caseId, 0, 1).get(0).fields());

        assertEquals(200, resource.liftStep(caseId, id, "{\"version\":3,\"step\":0,\"date\":\"" + TODAY + "\"}").getStatus());
        assertEquals(200, resource.recordReview(caseId, id, "{\"version\":4,\"date\":\"" + TODAY + "\"}").getStatus());
        Response changedSince = resource.undoLift(caseId, id, "{\"version\":4,\"step\":0}");
        assertEquals(409, changedSince.getStatus());
        assertEquals(5, body(changedSince).getAsJsonObject("current").get("version").getAsInt());
        time.now = time.now.plus(Accommodation.UNDO_WINDOW);
        assertEquals("too late", 400, resource.undoLift(caseId, id, "{\"version\":5,\"step\":0}").getStatus());
    }

    @Test
    public void invalidInputGets400NamingTheField() {
        actAs(CaseRole.HR);
        long id = created(accommodation());
        assertEquals("steps[1].liftedDate", firstErrorField(resource.liftStep(caseId, id, "{\"version\":1,\"step\":1,\"date\":\"2026-05-01\"}")));
        assertEquals("steps", firstErrorField(resource.liftStep(caseId, id, "{\"version\":1,\"step\":5,\"date\":\"2026-05-01\"}")));
        assertEquals("reviewsDone", firstErrorField(resource.recordReview(caseId, id, "{\"version\":1}")));
        assertEquals("title", firstErrorField(resource.create(caseId, "{\"accommodation\":{\"title\":\"\",\"steps\":[],\"reviewDates\":[],\"reviewsDone\":[]}}")));
        assertEquals("body", firstErrorField(resource.recordReview(caseId, id, "{\"version\":1,\"date\":\"not a day\"}")));
    }

    @Test
    public void staleWritesGet409WithTheCurrentRecord() {
        actAs(CaseRole.HR);
        long id = created(accommodation());
        resource.recordReview(caseId, id, "{\"version\":1,\"date\":\"" + TODAY + "\"}");
        Response stale = resource.update(caseId, id, Json.write(Map.of("version", 1, "accommodation", accommodation())));
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());
        assertEquals(409, resource.delete(caseId, id, 1).getStatus());
        assertEquals(204, resource.delete(caseId, id, 2).getStatus());
    }

    @Test
    public void coachesMayNotEditStrangersSeeNothingAndOtherCasesRecordsAreNotFound() {
        actAs(CaseRole.HR);
        long id = created(accommodation());
        actAs(CaseRole.CENTER_COACH);
        assertEquals(200, resource.list(caseId).getStatus());
        assertEquals(403, resource.create(caseId, Json.write(Map.of("accommodation", accommodation()))).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.list(caseId).getStatus());
        actAs(CaseRole.HR);
        long otherCase = caseWithEveryRole().id();
        assertEquals(404, resource.recordReview(otherCase, id, "{\"version\":1,\"date\":\"" + TODAY + "\"}").getStatus());
    }

    /**
     * The macro as it renders now, for its script after a save: each accommodation's article by its id, the forms that
     * update it in place, the status line that announces a save; the same guard as the macro.
     */
    @Test
    public void theMacroRendersForItsScriptAfterASave() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        long id = created(accommodation());
        Response rendered = resource.rendered(caseId);
        assertEquals(200, rendered.getStatus());
        String html = (String) rendered.getEntity();
        assertTrue(html.contains("<article class=\"jobcoach-accommodation\" id=\"jobcoach-accommodation-" + id + "\">"));
        assertTrue(html.contains("data-jobcoach-refresh=\"/cases/" + caseId + "/accommodations/html\""));
        assertTrue("a new one comes to where the form was", html.contains("data-jobcoach-anchor=\"jobcoach-accommodation-{0}\""));
        assertTrue(html.contains("data-jobcoach-body") && html.contains("role=\"status\" aria-live=\"polite\" data-jobcoach-announce"));
        actAs(CaseRole.SUPERVISOR);
        String viewOnly = (String) resource.rendered(caseId).getEntity();
        assertTrue("a reader gets no forms", !viewOnly.contains("<form") && viewOnly.contains("jobcoach-accommodation-" + id));
        user.key = "stranger";
        assertEquals(404, resource.rendered(caseId).getStatus());
    }
}
