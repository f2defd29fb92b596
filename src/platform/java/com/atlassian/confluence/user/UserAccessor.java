package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Declares the part of Confluence's user lookup the plugin uses; the workbench implements it. */
public interface UserAccessor {

    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);
}
