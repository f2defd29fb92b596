package jp.jobcoach.workspace.web.rest;

import jp.jobcoach.workspace.domain.interview.RetentionInterview;

import jp.jobcoach.workspace.domain.Stored;

import java.util.Collections;

import java.util.ArrayList;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.TRICKY;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.service.ServiceTestSupport;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.web.Json;
import org.junit.Before;
import org.junit.Test;

/** Interview and timeline endpoints over real services: the lifecycle, and 400, 403, 404 and 409. */
public class InterviewResourceTest extends RestTestSupport {
    private InterviewResource resource;
    private TimelineResource timelineResource;

    @Before
    public void setUp() {
        resource = new InterviewResource(interviews, cases, errors, RestTestSupport::fromBundles, user, views);
        timelineResource = new TimelineResource(timeline, errors, people, views);
    }

    @Test
    public void lifecycleThroughRest() {
        actAs(CaseRole.IN_COMPANY_COACH);
        JsonObject first = body(resource.create(caseId, Json.write(Map.of("interview", interview(RETURN)))));
        long firstId = first.get("id").getAsLong();
        assertEquals(TRICKY, first.getAsJsonObject("value").getAsJsonObject("notes").get("workerAccount").getAsString());

        JsonObject draft = body(resource.draft(caseId, RETURN.plusDays(14).toString()));
        String actionId = draft.getAsJsonArray("carriedActions").get(0).getAsJsonObject().get("id").getAsString();
        Response created = resource.create(caseId, "{\"interview\":" + Json.write(interview(RETURN.plusDays(14))) + "}");
        assertEquals(201, created.getStatus());
        long secondId = body(created).get("id").getAsLong();

        Response unresolved = resource.finalize(caseId, secondId, "{\"version\":1}");
        assertEquals(400, unresolved.getStatus());
        Response resolved = resource.resolveAction(caseId, secondId, actionId,
                "{\"version\":1,\"status\":\"CONTINUED\",\"note\":\"続ける\",\"dueDate\":\"2026-05-20\"}");
        assertEquals(200, resolved.getStatus());
        assertEquals(200, resource.finalize(caseId, secondId, "{\"version\":2}").getStatus());
        assertEquals("FINAL", body(resource.get(caseId, secondId)).getAsJsonObject("value").get("status").getAsString());
        assertEquals(2, body(resource.list(caseId, null, null)).getAsJsonArray("items").size());
        assertTrue(firstId < secondId);
    }

    @Test
    public void failurePaths() {
        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals(400, resource.create(caseId, "{\"interview\":{\"date\":\"2026-99-01\"}}").getStatus());
        Response invalid = resource.create(caseId, "{\"interview\":" + Json.write(interview(RETURN).withNextDate(RETURN.minusDays(1))) + "}");
        assertEquals(400, invalid.getStatus());
        assertEquals("nextDate", body(invalid).getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString());

        long id = body(resource.create(caseId, Json.write(Map.of("interview", interview(RETURN))))).get("id").getAsLong();
        String save = "{\"version\":1,\"interview\":" + Json.write(interview(RETURN).withNextDate(RETURN.plusDays(9))) + "}";
        assertEquals(200, resource.update(caseId, id, save).getStatus());
        Response stale = resource.update(caseId, id, save);
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());

        actAs(CaseRole.HR);
        assertEquals(403, resource.list(caseId, null, null).getStatus());
        actAs(CaseRole.SUPERVISOR);
        assertEquals(403, resource.update(caseId, id, save).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.get(caseId, id).getStatus());
        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals(404, resource.get(caseId, 999_999).getStatus());
        assertEquals(404, resource.get(999_999, id).getStatus());
    }

    /** Issue 15: Enter in the form saved the same meeting twice, and a worker both present and absent. */
    @Test
    public void aSecondDraftOnTheSameDayIsRefusedNamingTheFirstAndPresentExcludesAbsent() {
        actAs(CaseRole.IN_COMPANY_COACH);
        user.locale = Locale.ENGLISH;
        long first = body(resource.create(caseId, Json.write(Map.of("interview", interview(RETURN))))).get("id").getAsLong();
        Response again = resource.create(caseId, Json.write(Map.of("interview", interview(RETURN))));
        assertEquals(400, again.getStatus());
        JsonObject error = body(again).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals("date", error.get("field").getAsString());
        assertTrue(error.toString(), error.get("message").getAsString().contains(RETURN + " (no. " + first + ")"));
        assertEquals("the form can open the draft it names", first, error.get("recordId").getAsLong());
        assertEquals("one draft only", 1, body(resource.list(caseId, null, null)).getAsJsonArray("items").size());
        user.locale = Locale.JAPANESE;
        assertTrue(firstMessage(resource.create(caseId, Json.write(Map.of("interview", interview(RETURN))))).contains("No. " + first));

        Response both = resource.create(caseId, Json.write(Map.of("interview", interview(RETURN.plusDays(14))
                .withParticipants(interview(RETURN).participants(), "体調不良"))));
        assertEquals(400, both.getStatus());
        assertEquals("workerAbsentReason", firstErrorField(both));
        assertTrue(firstMessage(both).contains("本人は出席者になっています"));
    }

    /** Issue 15: a continued action whose due date has passed is refused by name, not as "a date". */
    @Test
    public void aContinuedActionWithAnOldDueDateIsNamedInTheError() {
        actAs(CaseRole.IN_COMPANY_COACH);
        user.locale = Locale.ENGLISH;
        resource.create(caseId, Json.write(Map.of("interview", interview(RETURN))));
        JsonObject created = body(resource.create(caseId, Json.write(Map.of("interview", interview(RETURN.plusDays(14))))));
        long second = created.get("id").getAsLong();
        String actionId = created.getAsJsonObject("value").getAsJsonArray("carriedActions").get(0).getAsJsonObject().get("id").getAsString();
        Response kept = resource.resolveAction(caseId, second, actionId,
                "{\"version\":1,\"status\":\"CONTINUED\",\"dueDate\":\"" + RETURN.plusDays(7) + "\"}");
        assertEquals(400, kept.getStatus());
        assertEquals("carriedActions[0].dueDate", firstErrorField(kept));
        assertTrue(firstMessage(kept), firstMessage(kept).contains("\"早めに休む " + TRICKY + "\" is continued")
                && firstMessage(kept).contains("from " + RETURN.plusDays(14) + " on"));
        JsonObject proposed = body(resource.resolveAction(caseId, second, actionId, "{\"version\":1,\"status\":\"CONTINUED\"}"));
        assertEquals("without a date: the next interview's", RETURN.plusDays(28).toString(), proposed.getAsJsonObject("value")
                .getAsJsonArray("carriedActions").get(0).getAsJsonObject().get("dueDate").getAsString());
    }

    private static String firstMessage(Response response) {
        return body(response).getAsJsonArray("errors").get(0).getAsJsonObject().get("message").getAsString();
    }

    @Test
    public void promptsAreTranslated() {
        actAs(CaseRole.IN_COMPANY_COACH);
        user.locale = Locale.JAPANESE;
        JsonArray prompts = JsonParser.parseString((String) resource.prompts(caseId).getEntity()).getAsJsonArray();
        JsonObject first = prompts.get(0).getAsJsonObject();
        assertFalse(first.get("text").getAsString().startsWith("jobcoach."));
        assertTrue(prompts.get(2).getAsJsonObject().has("detail"));
    }

    @Test
    public void timelinePagesAndRejectsBadParameters() {
        new TimelineStore(ao).addComment(caseId, TimelineEntry.comment(5, jp.jobcoach.workspace.store.StoreFixtures.T0,
                "CENTER_COACH", CaseRole.CENTER_COACH, "<b>Page</b>", TRICKY, "/pages/1001", 1001, jp.jobcoach.workspace.domain.DataCategory.CASE));
        actAs(CaseRole.WORKER);
        JsonObject page = body(timelineResource.page(caseId, List.of("COMMENT,VISIT"), List.of(), "10", null));
        assertEquals(TRICKY, page.getAsJsonArray("entries").get(0).getAsJsonObject().get("excerpt").getAsString());
        assertFalse("absent on the last page", page.has("next"));

        Response bad = timelineResource.page(caseId, List.of("NOPE"), List.of(), "0", "forged");
        assertEquals(400, bad.getStatus());
        assertEquals(3, body(bad).getAsJsonArray("errors").size());
        user.key = "stranger";
        assertEquals(404, timelineResource.page(caseId, List.of(), List.of(), null, null).getStatus());
    }

    @Test
    public void timelineRendersItsEntriesForTheMacrosScriptAPageAtATime() {
        TimelineStore store = new TimelineStore(ao);
        store.addComment(caseId, TimelineEntry.comment(5, jp.jobcoach.workspace.store.StoreFixtures.T0,
                keyOf(CaseRole.WORKER), CaseRole.WORKER, "<b>Page</b>", TRICKY, "javascript:alert(1)", 1001, jp.jobcoach.workspace.domain.DataCategory.CASE));
        store.addComment(caseId, TimelineEntry.comment(6, jp.jobcoach.workspace.store.StoreFixtures.T0.plusSeconds(60),
                keyOf(CaseRole.CENTER_COACH), CaseRole.CENTER_COACH, "Page", "second", "/pages/1001", 1001, jp.jobcoach.workspace.domain.DataCategory.CASE));
        actAs(CaseRole.WORKER);
        Response first = timelineResource.renderedPage(caseId, List.of("COMMENT"), List.of(), "1", null);
        assertEquals(200, first.getStatus());
        assertEquals("text/html;charset=UTF-8", first.getMediaType().toString());
        String newest = (String) first.getEntity();
        assertTrue(newest, newest.contains("<li class=\"jobcoach-timeline-entry\" data-kind=\"COMMENT\">")
                && newest.contains("second") && !newest.contains("jobcoach-timeline-remove"));
        String cursor = newest.replaceFirst("(?s).*data-next=\"([^\"]+)\".*", "$1");
        assertTrue("where the next page starts: " + cursor, cursor.endsWith("~COMMENT~6"));

        String last = (String) timelineResource.renderedPage(caseId, List.of("COMMENT"), List.of(), "1", cursor).getEntity();
        assertTrue("escaped, the link defused", last.contains("&lt;b&gt;Page&lt;/b&gt;") && !last.contains("<b>")
                && !last.contains("javascript:"));
        assertTrue("the viewer's own comment, in the viewer's language", last.contains(
                "data-comment=\"5\">Remove from the timeline</button>"));
        assertTrue("no page after the last", last.contains("data-next=\"\"") && !last.contains("second"));

        Response bad = timelineResource.renderedPage(caseId, List.of("NOPE"), List.of(), "0", "forged");
        assertEquals(400, bad.getStatus());
        assertEquals("failures answer in JSON, as for the JSON page", 3, body(bad).getAsJsonArray("errors").size());
        user.key = "stranger";
        assertEquals(404, timelineResource.renderedPage(caseId, List.of(), List.of(), null, null).getStatus());
    }

    @Test
    public void aCursorWalkReturnsEveryInterviewOnceNewestFirst() {
        actAs(CaseRole.IN_COMPANY_COACH);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two on each day, so that the id breaks the ties (in the store: the service refuses a second draft a day)
            created.add(new InterviewStore(ao).create(caseId, interview(RETURN.plusDays(i / 2)), "icc", Instant.now()).id());
        }
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = body(resource.list(caseId, "3", cursor));
            page.getAsJsonArray("items").forEach(item -> walked.add(item.getAsJsonObject().get("id").getAsLong()));
            cursor = page.has("next") ? page.get("next").getAsString() : null;
            pages++;
        } while (cursor != null);
        Collections.reverse(created);
        assertEquals(created, walked);
        assertEquals(3, pages);
    }

    @Test
    public void aBadCursorOrPageSizeGetsATranslated400() {
        actAs(CaseRole.IN_COMPANY_COACH);
        for (String cursor : new String[] {"garbage", "2026-13-40~1", "42", "2026-04-01~x"}) {
            Response refused = resource.list(caseId, null, cursor);
            assertEquals(cursor, 400, refused.getStatus());
            assertEquals("cursor", firstErrorField(refused));
            assertEquals(400, resource.olderRows(caseId, null, cursor).getStatus());
        }
        JsonObject error = body(resource.list(caseId, null, "garbage")).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertTrue(error.get("message").getAsString(), error.get("message").getAsString().contains("Start again from the newest records"));
        assertEquals("pageSize", firstErrorField(resource.list(caseId, "101", null)));
        assertEquals("pageSize", firstErrorField(resource.list(caseId, "0", null)));
    }

    @Test
    public void olderRowsAndAnOpenedInterviewComeRenderedForTheScript() {
        actAs(CaseRole.IN_COMPANY_COACH);
        Stored<RetentionInterview> first = interviews.create(caseId, interview(RETURN));
        interviews.create(caseId, interview(RETURN.plusDays(7)));
        String rows = (String) resource.olderRows(caseId, "1", null).getEntity();
        assertTrue(rows, rows.startsWith("<table class=\"jobcoach-older-rows\" data-next=\"" + RETURN.plusDays(7) + "~"));
        assertTrue(rows, rows.contains("data-open=\"/cases/" + caseId + "/interviews/"));

        String opened = (String) resource.opened(caseId, first.id()).getEntity();
        assertTrue(opened, opened.startsWith("<article class=\"jobcoach-interview\" id=\"jobcoach-interview-" + first.id() + "\""));
        assertTrue("its editor, open, shown in place after a save", opened.contains("data-record-editor><details class=\"jobcoach-details\" open>")
                && opened.contains("data-method=\"PUT\" data-path=\"/cases/" + caseId + "/interviews/" + first.id() + "\"")
                && opened.contains("data-jobcoach-record=\"/cases/" + caseId + "/interviews/" + first.id() + "\""));
        assertFalse("the guide is the page's one, not one per editor", opened.contains("jobcoach-prompts"));
        actAs(CaseRole.SUPERVISOR);
        String read = (String) resource.opened(caseId, first.id()).getEntity();
        assertFalse("a reader gets the record without an editor", read.contains("<form"));
        actAs(CaseRole.HR);
        assertEquals(403, resource.opened(caseId, first.id()).getStatus());
        assertEquals(403, resource.olderRows(caseId, null, null).getStatus());
    }
}
