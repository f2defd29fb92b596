package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Display names and the people search from Confluence's user accessor; what a person found looks like (user name,
 * full name, picture) from SAL's user profile.
 */
@Named
public class ConfluencePeople implements People {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluencePeople.class);
    private final UserAccessor userAccessor;
    private final UserManager userManager;

    @Inject
    public ConfluencePeople(@ComponentImport UserAccessor userAccessor, @ComponentImport UserManager userManager) {
        this.userAccessor = userAccessor;
        this.userManager = userManager;
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

    @Override
    public List<Person> withFullNameContaining(String term, int limit) {
        return firstFound(new FullNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS), limit);
    }

    @Override
    public List<Person> withUserNameContaining(String term, int limit) {
        return firstFound(new UserNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS), limit);
    }

    /**
     * The directory's list has every match, however many (it may be read lazily, page by page): only its first
     * {@code limit} users are looked at. A user removed between the search and the lookup is left out.
     */
    private List<Person> firstFound(Query<User> query, int limit) {
        List<User> found;
        try {
            found = userAccessor.findUsersAsList(query);
        } catch (EntityException failure) {
            // the user gets a 503 that says the search is down; the cause is for the administrator
            LOG.warn("The user directory failed a people search", failure);
            throw new DirectoryUnavailableException(failure);
        }
        List<Person> people = new ArrayList<>();
        for (Iterator<User> users = found.iterator(); users.hasNext() && people.size() < limit; ) {
            UserProfile profile = userManager.getUserProfile(users.next().getName());
            if (profile != null) {
                URI picture = profile.getProfilePictureUri();
                people.add(new Person(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName(),
                        picture == null ? null : picture.toString()));
            }
        }
        return people;
    }
}
