package com.atlassian.confluence.security;

import com.atlassian.user.User;

import java.util.List;

/** Declares the part of Confluence's permission checks the plugin uses; the workbench implements it. */
public interface PermissionManager {

    /** The user (null = anonymous) may do {@code permission} on {@code target} (null = globally). */
    boolean hasPermission(User user, Permission permission, Object target);

    boolean isConfluenceAdministrator(User user);

    <X> List<X> getPermittedEntities(User user, Permission permission, List<? extends X> entities);
}
