package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.People;

/** Display names from Confluence's user accessor. */
@Named
public class ConfluencePeople implements People {
    private final UserAccessor userAccessor;

    @Inject
    public ConfluencePeople(@ComponentImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public String displayName(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return "";
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        String name = user == null ? null : user.getFullName();
        return name == null || name.isBlank() ? userKey : name;
    }

    @Override
    public boolean exists(String userKey) {
        return userKey != null && !userKey.isBlank() && userAccessor.getUserByKey(new UserKey(userKey)) != null;
    }

    @Override
    public Optional<String> keyOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userAccessor.getUserByName(username.strip()))
                .map(user -> user.getKey().getStringValue());
    }
}
