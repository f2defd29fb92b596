package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.Query;
import java.util.List;

/** Declares the part of Confluence's user lookup the plugin uses; the workbench implements it. */
public interface UserAccessor {

    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);

    /**
     * Every user the query matches, however many: the real directory search has no limit, so callers read only
     * what they need. (Declared on the deprecated super-interface {@code bucket.user.UserAccessor} in the real jar.)
     */
    List<User> findUsersAsList(Query<User> query) throws EntityException;
}
