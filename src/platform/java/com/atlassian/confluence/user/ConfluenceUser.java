package com.atlassian.confluence.user;

import com.atlassian.confluence.internal.relations.RelatableEntity;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Declares Confluence's user type so plugin code compiles without Confluence jars; the workbench implements it. */
public interface ConfluenceUser extends User, RelatableEntity {

    UserKey getKey();
}
