package jp.jobcoach.workbench.testplugin.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The test plugin's REST resource: a "case" only its members may read; others get 403. */
@Path("/cases")
public class CaseResource {
    private static final Set<String> MEMBERS = Set.of("wbkey-sato.hanako", "wbkey-tanaka.naoki");
    private final UserManager users;

    @Inject
    public CaseResource(UserManager users) {
        this.users = users;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        UserKey viewer = users.getRemoteUserKey();
        if (viewer == null || !MEMBERS.contains(viewer.getStringValue())) {
            return Response.status(Response.Status.FORBIDDEN).entity("{\"message\":\"not a member of this case\"}").build();
        }
        return Response.ok("{\"id\":" + id + ",\"viewer\":\"" + viewer.getStringValue() + "\"}").build();
    }
}
