package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.CalendarHistory;
import jp.jobcoach.workspace.service.CalendarService;
import jp.jobcoach.workspace.store.CalendarStore;
import jp.jobcoach.workspace.store.CasePageStore;
import org.junit.Before;
import org.junit.Test;

public class CalendarResourceTest extends RestTestSupport {
    private CalendarResource resource;
    private final String from = RETURN.toString();
    private final String to = RETURN.plusMonths(3).toString();

    @Before
    public void setUp() {
        resource = new CalendarResource(new CalendarService(guard, new CalendarStore(ao), new CasePageStore(ao), pages),
                errors, people, views, time);
        CalendarHistory.addSecondCoach(teamStore, caseId);
        CalendarHistory.populate(ao, caseId, 6);
    }

    @Test
    public void aMemberGetsTheItemsTheirRoleSeesInCalendarOrder() {
        actAs(CaseRole.CENTER_COACH);
        Response response = resource.calendar(caseId, from, to);
        assertEquals(200, response.getStatus());
        JsonArray items = body(response).getAsJsonArray("items");
        JsonObject first = items.get(0).getAsJsonObject();
        assertEquals("VISIT", items.asList().stream().filter(item -> item.getAsJsonObject().get("kind").getAsString().equals("VISIT"))
                .findFirst().orElseThrow().getAsJsonObject().get("kind").getAsString());
        assertEquals(RETURN.toString(), first.get("date").getAsString());
        String body = response.getEntity().toString();
        assertFalse("no visit notes, no interview account", body.contains("疲労") || body.contains("眠れない"));
        assertTrue(body.contains("\"by\":\"PRIMARY\"") && body.contains("\"by\":\"BOTH\""));

        actAs(CaseRole.HR);
        JsonArray seenByHr = body(resource.calendar(caseId, from, to)).getAsJsonArray("items");
        assertTrue(seenByHr.size() > 0);
        seenByHr.forEach(item -> assertEquals("ACCOMMODATIONS", item.getAsJsonObject().get("category").getAsString()));
    }

    @Test
    public void aBadRangeIsATranslated400AndANonMemberA404() {
        actAs(CaseRole.CENTER_COACH);
        for (String[] range : new String[][] {{to, from}, {"2026-13-01", to}, {null, to}, {from, RETURN.plusYears(3).toString()}}) {
            Response refused = resource.calendar(caseId, range[0], range[1]);
            assertEquals(400, refused.getStatus());
        }
        user.locale = Locale.JAPANESE;
        assertTrue(resource.calendar(caseId, to, from).getEntity().toString().contains("日以内の期間"));
        user.key = "stranger";
        assertEquals(404, resource.calendar(caseId, from, to).getStatus());
        assertEquals(404, resource.rota(caseId).getStatus());
    }

    @Test
    public void aMonthIsRenderedAsTheMacroRendersItForItsScript() {
        actAs(CaseRole.CENTER_COACH);
        Response month = resource.month(caseId, RETURN.toString().substring(0, 7));
        assertEquals(200, month.getStatus());
        String html = month.getEntity().toString();
        assertTrue(html, html.contains("data-month=\"2026-04\"") && html.contains("role=\"grid\""));
        assertTrue(html.contains("data-date=\"2026-04-01\""));
        assertFalse(html.contains("疲労"));
        assertEquals(400, resource.month(caseId, "April").getStatus());
        user.key = "stranger";
        assertEquals(404, resource.month(caseId, "2026-04").getStatus());
    }

    @Test
    public void whoVisitsWhenIsForThoseWhoSeeVisits() {
        actAs(CaseRole.IN_COMPANY_COACH);
        Response rota = resource.rota(caseId);
        assertEquals(200, rota.getStatus());
        JsonObject intensive = body(rota).getAsJsonArray("phases").get(0).getAsJsonObject();
        assertEquals("INTENSIVE", intensive.get("phase").getAsString());
        assertEquals(6, intensive.get("done").getAsInt());
        assertEquals(2, intensive.get("together").getAsInt());
        actAs(CaseRole.WORKER);
        assertEquals(403, resource.rota(caseId).getStatus());
    }
}
