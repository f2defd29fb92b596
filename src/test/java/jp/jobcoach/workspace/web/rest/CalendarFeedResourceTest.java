package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.CalendarFeedService;
import jp.jobcoach.workspace.service.CalendarService;
import jp.jobcoach.workspace.store.CalendarFeedStore;
import jp.jobcoach.workspace.store.CalendarStore;
import jp.jobcoach.workspace.store.CasePageStore;
import org.junit.Before;
import org.junit.Test;

public class CalendarFeedResourceTest extends RestTestSupport {
    private CalendarFeedResource resource;

    @Before
    public void setUp() {
        CalendarFeedService feeds = new CalendarFeedService(guard, new CalendarService(guard, new CalendarStore(ao),
                new CasePageStore(ao), pages), new CalendarFeedStore(ao), auditLog,
                new jp.jobcoach.workspace.service.Writes(new jp.jobcoach.workspace.store.Transactions(ao) {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }), time, user, people);
        resource = new CalendarFeedResource(feeds, errors, () -> "/confluence");
    }

    @Test
    public void theTokenIsShownOnceAndTheOwnerRenewsAndRevokesTheFeed() {
        actAs(CaseRole.CENTER_COACH);
        Response created = resource.create("{\"caseId\":" + caseId + ",\"label\":\"<script>x</script>\"}");
        assertEquals(201, created.getStatus());
        JsonObject issued = body(created);
        String token = issued.get("token").getAsString();
        assertEquals("/confluence/plugins/servlet/jobcoach/calendar/" + token + ".ics", issued.get("path").getAsString());
        assertEquals("INITIALS", issued.getAsJsonObject("feed").get("names").getAsString());
        long id = issued.getAsJsonObject("feed").get("id").getAsLong();

        Response list = resource.mine(null);
        assertEquals(200, list.getStatus());
        assertFalse("the list never carries the token", list.getEntity().toString().contains(token));
        assertTrue(list.getEntity().toString().contains("\\u003cscript\\u003ex\\u003c/script\\u003e")
                || list.getEntity().toString().contains("<script>x</script>"));
        assertEquals(1, body(resource.mine(caseId)).getAsJsonArray("feeds").size());
        assertEquals(0, body(resource.mine(0L)).getAsJsonArray("feeds").size());

        Response renewed = resource.regenerate(id, "{\"version\":1}");
        assertEquals(200, renewed.getStatus());
        assertFalse(token.equals(body(renewed).get("token").getAsString()));
        Response stale = resource.regenerate(id, "{\"version\":1}");
        assertEquals(409, stale.getStatus());
        assertEquals(2, body(stale).getAsJsonObject("current").get("version").getAsInt());

        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals("someone else's feed", 404, resource.revoke(id, 2).getStatus());
        actAs(CaseRole.CENTER_COACH);
        assertEquals(204, resource.revoke(id, 2).getStatus());
        assertEquals(404, resource.revoke(id, 3).getStatus());
    }

    @Test
    public void badInputIsATranslated400AndAStrangersCaseA404() {
        actAs(CaseRole.CENTER_COACH);
        Response tooLong = resource.create("{\"label\":\"" + "あ".repeat(101) + "\"}");
        assertEquals(400, tooLong.getStatus());
        assertEquals("label", firstErrorField(tooLong));
        user.locale = Locale.JAPANESE;
        assertTrue(resource.create("{\"label\":\"" + "あ".repeat(101) + "\"}").getEntity().toString().contains("100"));
        assertEquals(400, resource.create("not json").getStatus());
        assertEquals(400, resource.create("{\"label\":\"" + "x".repeat(1_000_000) + "\"}").getStatus());
        assertEquals("nothing was made", 0, body(resource.mine(null)).getAsJsonArray("feeds").size());
        user.key = "stranger";
        assertEquals(404, resource.create("{\"caseId\":" + caseId + "}").getStatus());
        assertEquals(201, resource.create("{}").getStatus());
    }
}
