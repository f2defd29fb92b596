package jp.jobcoach.workspace.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Locale;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.service.ListDirectory;
import jp.jobcoach.workspace.service.PeopleService;
import jp.jobcoach.workspace.service.ServiceTestSupport;
import org.junit.Before;
import org.junit.Test;

/** The people resource's answers and refusals, with messages from the real bundles. */
public class PeopleResourceTest {
    private final ServiceTestSupport.TestUser viewer = new ServiceTestSupport.TestUser();
    private final ListDirectory directory = new ListDirectory();
    private final PeopleResource resource = new PeopleResource(new PeopleService(directory, viewer),
            new ErrorResponses(RestTestSupport::fromBundles, viewer));

    @Before
    public void signIn() {
        viewer.key = "wbkey-kato.rie";
        directory.add("wbkey-yamamoto.daisuke", "yamamoto.daisuke", "山本 大輔");
    }

    @Test
    public void answersThePeopleFound() {
        Response found = resource.find("山");
        assertEquals(200, found.getStatus());
        JsonObject yamamoto = body(found).getAsJsonArray("people").get(0).getAsJsonObject();
        assertEquals("山本 大輔", yamamoto.get("displayName").getAsString());
        assertEquals("yamamoto.daisuke", yamamoto.get("username").getAsString());
        assertEquals("wbkey-yamamoto.daisuke", yamamoto.get("userKey").getAsString());
        assertEquals("{\"people\":[]}", resource.find("").getEntity());
    }

    @Test
    public void overLongTextGetsATranslated400OnQ() {
        viewer.locale = Locale.JAPANESE;
        Response refused = resource.find("x".repeat(PeopleService.MAX_TERM + 1));
        assertEquals(400, refused.getStatus());
        JsonObject error = body(refused).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals("q", error.get("field").getAsString());
        assertTrue(error.toString(), error.get("message").getAsString().contains("「検索語」は100文字以内"));
    }

    @Test
    public void anonymousGets403AndADirectoryThatIsDownA503InTheUsersLanguage() {
        directory.down = true;
        Response down = resource.find("山");
        assertEquals(503, down.getStatus());
        assertTrue(down.getEntity().toString(), down.getEntity().toString().contains("user directory cannot be searched"));
        viewer.key = null;
        assertEquals(403, resource.find("山").getStatus());
    }

    private static JsonObject body(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }
}
