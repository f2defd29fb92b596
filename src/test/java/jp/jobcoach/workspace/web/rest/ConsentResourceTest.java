package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

public class ConsentResourceTest extends RestTestSupport {
    private ConsentResource resource;
    private long bare;

    @Before
    public void setUp() {
        resource = new ConsentResource(consents, errors);
        bare = caseWithoutConsents().id();
    }

    @Test
    public void theWorkerGivesAndRevokesAndEveryMemberReadsTheLedger() {
        actAs(CaseRole.WORKER);
        Response given = resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"CENTER_COACH\",\"means\":\"IN_PRODUCT\"}}");
        assertEquals(201, given.getStatus());
        long id = body(given).get("id").getAsLong();

        actAs(CaseRole.HR);
        JsonObject ledger = body(resource.ledger(bare));
        assertEquals(id, ledger.getAsJsonArray("active").get(0).getAsLong());
        assertEquals("WORKER", ledger.getAsJsonArray("consents").get(0).getAsJsonObject()
                .getAsJsonObject("value").get("recordedBy").getAsString());

        actAs(CaseRole.WORKER);
        Response revoked = resource.revoke(bare, id, "{\"version\":1}");
        assertEquals(200, revoked.getStatus());
        assertEquals(2, body(revoked).get("version").getAsInt());
        assertEquals(0, body(resource.ledger(bare)).getAsJsonArray("active").size());
    }

    @Test
    public void theCounselorRecordsPaperAndABadConsentGetsATranslated400OnItsField() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(201, resource.give(bare, "{\"consent\":{\"category\":\"TASK_ANALYSIS\",\"role\":\"IN_COMPANY_COACH\","
                + "\"means\":\"ON_PAPER\",\"paperDate\":\"" + TODAY.minusDays(2) + "\"}}").getStatus());

        Response noDate = resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"COUNSELOR\",\"means\":\"ON_PAPER\"}}");
        assertEquals(400, noDate.getStatus());
        assertEquals("paperDate", firstErrorField(noDate));
        user.locale = Locale.JAPANESE;
        Response supervisor = resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"SUPERVISOR\",\"means\":\"ON_PAPER\","
                + "\"paperDate\":\"" + TODAY + "\"}}");
        assertEquals(400, supervisor.getStatus());
        assertEquals("role", firstErrorField(supervisor));
        String message = body(supervisor).getAsJsonArray("errors").get(0).getAsJsonObject().get("message").getAsString();
        assertTrue(message, message.contains("上司") && message.contains("同意の対象になりません"));

        assertEquals("means", firstErrorField(resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"COUNSELOR\"}}")));
        assertEquals(400, resource.give(bare, "{}").getStatus());
        assertEquals(400, resource.give(bare, "{\"consent\":{\"category\":\"NOPE\",\"role\":\"COUNSELOR\",\"means\":\"ON_PAPER\"}}").getStatus());
    }

    @Test
    public void othersGet403NonMembers404AndAStaleRevocation409WithTheConsentAsItIs() {
        actAs(CaseRole.CENTER_COACH);
        assertEquals(403, resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"CENTER_COACH\",\"means\":\"IN_PRODUCT\"}}").getStatus());
        assertEquals(403, resource.give(bare, "{\"consent\":{\"category\":\"HEALTH\",\"role\":\"CENTER_COACH\",\"means\":\"ON_PAPER\","
                + "\"paperDate\":\"" + TODAY + "\"}}").getStatus());
        user.key = "stranger";
        assertEquals(404, resource.ledger(bare).getStatus());

        actAs(CaseRole.WORKER);
        long id = body(resource.give(bare, "{\"consent\":{\"category\":\"WORKER_ACCOUNT\",\"role\":\"OCCUPATIONAL_HEALTH\",\"means\":\"IN_PRODUCT\"}}"))
                .get("id").getAsLong();
        actAs(CaseRole.SUPERVISOR);
        assertEquals(403, resource.revoke(bare, id, "{\"version\":1}").getStatus());
        actAs(CaseRole.COUNSELOR);
        assertEquals(200, resource.revoke(bare, id, "{\"version\":1}").getStatus());
        actAs(CaseRole.WORKER);
        Response stale = resource.revoke(bare, id, "{\"version\":1}");
        assertEquals(409, stale.getStatus());
        assertEquals("COUNSELOR", body(stale).getAsJsonObject("current").getAsJsonObject("value").get("revokedBy").getAsString());
        assertEquals(404, resource.revoke(bare, id + 500, "{\"version\":1}").getStatus());
    }
}
