package jp.jobcoach.workbench.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.util.Locale;

/**
 * A demo user: both Confluence's ConfluenceUser and SAL's UserProfile. The key differs from the user name on
 * purpose, as in Confluence, so code that mixes them up fails here too.
 */
public record WorkbenchUser(String username, String fullName, String role, Locale locale, boolean admin)
        implements ConfluenceUser, UserProfile {
    private static final long serialVersionUID = 1L;

    @Override
    public UserKey getKey() {
        return getUserKey();
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey("wbkey-" + username);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return username + "@sakura-logistics.example";
    }

    @Override
    public URI getProfilePictureUri() {
        return null;
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create("/users/" + username);
    }
}
