package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonPrimitive;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Before;
import org.junit.Test;

public class TeamResourceTest extends RestTestSupport {
    private TeamResource resource;

    @Before
    public void setUp() {
        resource = new TeamResource(teams, errors);
    }

    @Test
    public void membersAreListedAddedAndRemoved() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(CaseRole.values().length, body(resource.list(caseId)).getAsJsonArray("members").size());
        Response added = resource.add(caseId, "{\"member\":{\"userKey\":\"coach-2\",\"role\":\"CENTER_COACH\",\"slot\":\"SECONDARY\"}}");
        assertEquals(201, added.getStatus());
        assertTrue(added.getEntity().toString().contains("coach-2"));
        Response removed = resource.remove(caseId, "coach-2");
        assertEquals(200, removed.getStatus());
        assertEquals(CaseRole.values().length, body(removed).getAsJsonArray("members").size());
    }

    @Test
    public void badMemberGets400NamingTheField() {
        actAs(CaseRole.COUNSELOR);
        Response thirdCoach = resource.add(caseId, "{\"member\":{\"userKey\":\"coach-3\",\"role\":\"CENTER_COACH\",\"slot\":\"PRIMARY\"}}");
        assertEquals(400, thirdCoach.getStatus());
        assertTrue(firstErrorField(thirdCoach), firstErrorField(thirdCoach).endsWith(".slot"));
        assertEquals(400, resource.add(caseId, "{}").getStatus());
        assertEquals(400, resource.add(caseId, "{\"member\":{\"userKey\":\"x\",\"role\":\"NOPE\"}}").getStatus());
    }

    @Test
    public void theFormNamesPeopleByUserNameAndAnUnknownNameGets400OnTheMembersField() {
        people.usernames.put("yamada.taro", "key-of-yamada");
        actAs(CaseRole.COUNSELOR);
        Response added = resource.add(caseId, "{\"member\":{\"username\":\"yamada.taro\",\"role\":\"SUPERVISOR\"}}");
        assertEquals(201, added.getStatus());
        assertTrue(added.getEntity().toString().contains("key-of-yamada"));
        Response unknown = resource.add(caseId, "{\"member\":{\"username\":\"nobody\",\"role\":\"SUPERVISOR\"}}");
        assertEquals(400, unknown.getStatus());
        assertTrue(firstErrorField(unknown), firstErrorField(unknown).matches("members\\[\\d+]\\.userKey"));
    }

    /** The userKey route checks the key as the username route checks the name: a team is made of existing users. */
    @Test
    public void aUserKeyThatBelongsToNobodyGets400AndAddsNobody() {
        String madeUp = "=HYPERLINK(\"http://evil.invalid\")";
        people.nobodys.add(madeUp);
        actAs(CaseRole.COUNSELOR);
        Response refused = resource.add(caseId, "{\"member\":{\"userKey\":" + new JsonPrimitive(madeUp)
                + ",\"role\":\"SUPERVISOR\"}}");
        assertEquals(400, refused.getStatus());
        assertTrue(firstErrorField(refused), firstErrorField(refused).matches("members\\[\\d+]\\.userKey"));
        assertTrue(refused.getEntity().toString(), refused.getEntity().toString().contains("no Confluence user has the key"));
        assertEquals(CaseRole.values().length, body(resource.list(caseId)).getAsJsonArray("members").size());
    }

    @Test
    public void hrMayNotChangeTheTeamAndStrangersDoNotSeeIt() {
        actAs(CaseRole.HR);
        assertEquals(200, resource.list(caseId).getStatus());
        assertEquals(403, resource.add(caseId, "{\"member\":{\"userKey\":\"x\",\"role\":\"HR\"}}").getStatus());
        assertEquals(403, resource.remove(caseId, "WORKER").getStatus());
        user.key = "stranger";
        assertEquals(404, resource.list(caseId).getStatus());
        user.key = null;
        assertEquals(403, resource.list(caseId).getStatus());
    }
}
