package jp.jobcoach.workspace.web.rest;

import jp.jobcoach.workspace.store.StoreFixtures;

import jp.jobcoach.workspace.domain.TeamMember;

import java.util.List;

import java.util.Collections;

import java.util.ArrayList;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.TRICKY;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.web.Json;
import org.junit.Before;
import org.junit.Test;

/** The REST resources over real services: status codes and bodies of the failure paths, and faithful JSON. */
public class ResourceErrorsTest extends RestTestSupport {
    private CaseResource caseResource;
    private VisitResource visitResource;

    @Before
    public void setUp() {
        caseResource = new CaseResource(cases, errors);
        visitResource = new VisitResource(visits, cases, errors, views);
    }

    @Test
    public void invalidInputGets400WithTranslatedFieldErrors() {
        actAs(CaseRole.CENTER_COACH);
        user.locale = Locale.JAPANESE;
        Response response = visitResource.create(caseId, "{\"visit\":{\"date\":\"2026-04-01\",\"coachKeys\":[],\"kind\":\"OJT\"}}");

        assertEquals(400, response.getStatus());
        JsonObject error = body(response).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals("coachKeys", error.get("field").getAsString());
        assertTrue(error.get("message").getAsString(), error.get("message").getAsString().contains("担当ジョブコーチ"));
    }

    @Test
    public void malformedJsonAndUnknownEnumsGet400() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(400, visitResource.create(caseId, "{not json").getStatus());
        assertEquals(400, visitResource.create(caseId, "[]").getStatus());
        Response unknown = caseResource.movePhase(caseId, "{\"version\":1,\"phase\":\"<script>\"}");
        assertEquals(400, unknown.getStatus());
        assertEquals("phase", body(unknown).getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString());
    }

    /** "\\ud800" would be stored as "?": the write is refused with a translated message and nothing is stored. */
    @Test
    public void textWithAnUnpairedSurrogateGets400AndIsNotStored() {
        actAs(CaseRole.CENTER_COACH);
        user.locale = Locale.JAPANESE;
        String broken = Json.write(Map.of("visit", visit(RETURN))).replace("\"observations\":\"", "\"observations\":\"\\ud800");
        assertTrue("the body carries the escape", broken.contains("\\ud800"));
        Response refused = visitResource.create(caseId, broken);

        assertEquals(400, refused.getStatus());
        JsonObject error = body(refused).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals("observations", error.get("field").getAsString());
        assertTrue(error.get("message").getAsString(), error.get("message").getAsString().contains("壊れた文字"));
        assertEquals(0, body(visitResource.list(caseId, null, null)).getAsJsonArray("visits").size());
    }

    /** A version is a whole number: 1.5 was read as 1 and the write went through. */
    @Test
    public void aVersionThatIsNotAWholeNumberGets400() {
        actAs(CaseRole.CENTER_COACH);
        String created = (String) visitResource.create(caseId, Json.write(Map.of("visit", ownVisit(RETURN)))).getEntity();
        long visitId = JsonParser.parseString(created).getAsJsonObject().get("id").getAsLong();
        Response refused = visitResource.update(caseId, visitId, "{\"version\":1.5,\"visit\":" + Json.write(ownVisit(RETURN.plusDays(1))) + "}");
        assertEquals(400, refused.getStatus());
        assertEquals(200, visitResource.update(caseId, visitId, "{\"version\":1,\"visit\":" + Json.write(ownVisit(RETURN.plusDays(1))) + "}")
                .getStatus());
    }

    /** A visit the acting center coach made. */
    private static VisitRecord ownVisit(java.time.LocalDate date) {
        return StoreFixtures.visitBy(date, keyOf(CaseRole.CENTER_COACH));
    }

    /** The in-company coach writes visits but not the center coach's: 403 that says who may, in the user's language. */
    @Test
    public void onlyTheVisitsCoachesAndTheCounselorChangeOrDeleteIt() {
        actAs(CaseRole.CENTER_COACH);
        String created = (String) visitResource.create(caseId, Json.write(Map.of("visit", ownVisit(RETURN)))).getEntity();
        long visitId = JsonParser.parseString(created).getAsJsonObject().get("id").getAsLong();
        String update = "{\"version\":1,\"visit\":" + Json.write(ownVisit(RETURN.plusDays(1))) + "}";
        actAs(CaseRole.IN_COMPANY_COACH);
        user.locale = Locale.JAPANESE;
        Response refused = visitResource.update(caseId, visitId, update);
        assertEquals(403, refused.getStatus());
        assertTrue(refused.getEntity().toString(), refused.getEntity().toString().contains("その訪問をしたジョブコーチとカウンセラーだけ"));
        assertEquals(403, visitResource.delete(caseId, visitId, 1).getStatus());
        actAs(CaseRole.COUNSELOR);
        assertEquals(200, visitResource.update(caseId, visitId, update).getStatus());
        assertEquals(204, visitResource.delete(caseId, visitId, 2).getStatus());
    }

    @Test
    public void forbiddenMissingAndStale() {
        actAs(CaseRole.HR);
        assertEquals(403, visitResource.list(caseId, null, null).getStatus());
        user.key = "stranger";
        assertEquals(404, caseResource.get(caseId).getStatus());
        assertEquals(404, caseResource.get(999_999).getStatus());

        actAs(CaseRole.CENTER_COACH);
        String created = (String) visitResource.create(caseId, Json.write(Map.of("visit", ownVisit(RETURN)))).getEntity();
        long visitId = JsonParser.parseString(created).getAsJsonObject().get("id").getAsLong();
        String update = "{\"version\":1,\"visit\":" + Json.write(ownVisit(RETURN.plusDays(1))) + "}";
        assertEquals(200, visitResource.update(caseId, visitId, update).getStatus());

        Response stale = visitResource.update(caseId, visitId, update);
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());
        assertEquals(409, visitResource.delete(caseId, visitId, 1).getStatus());
        assertEquals(204, visitResource.delete(caseId, visitId, 2).getStatus());
    }

    @Test
    public void hostileTextRoundTripsFaithfullyAndNoRawAngleBracketLeavesInJson() {
        actAs(CaseRole.COUNSELOR);
        Response response = caseResource.get(caseId);
        String text = (String) response.getEntity();
        assertFalse(text.contains("<"));
        assertEquals(TRICKY, body(response).getAsJsonObject("value").getAsJsonObject("worker").get("displayName").getAsString());
    }


    @Test
    public void myCasesComePagedNewestFirstAndVisitsWithTheirCursor() {
        actAs(CaseRole.CENTER_COACH);
        String key = keyOf(CaseRole.CENTER_COACH);
        List<Long> mine = new ArrayList<>(List.of(caseId));
        for (int i = 0; i < 4; i++) {
            long other = caseStore.create(StoreFixtures.supportCase(), StoreFixtures.YEAR).id();
            teamStore.add(other, TeamMember.of(key, CaseRole.CENTER_COACH));
            mine.add(other);
        }
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = body(caseResource.mine("2", cursor));
            page.getAsJsonArray("items").forEach(item -> walked.add(item.getAsJsonObject().get("id").getAsLong()));
            cursor = page.has("next") ? page.get("next").getAsString() : null;
        } while (cursor != null);
        Collections.reverse(mine);
        assertEquals(mine, walked);
        assertEquals("a dated cursor is not one of the case list", "cursor", firstErrorField(caseResource.mine(null, "2026-04-01~3")));

        for (int i = 0; i < 3; i++) {
            visits.create(caseId, visit(RETURN.plusDays(i)));
        }
        JsonObject first = body(visitResource.list(caseId, "2", null));
        assertEquals(2, first.getAsJsonArray("visits").size());
        JsonObject last = body(visitResource.list(caseId, "2", first.get("next").getAsString()));
        assertEquals(1, last.getAsJsonArray("visits").size());
        assertFalse(last.has("next"));
        assertEquals(400, visitResource.list(caseId, null, "nope").getStatus());
    }
}
