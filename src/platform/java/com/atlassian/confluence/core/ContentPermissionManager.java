package com.atlassian.confluence.core;

import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Declares the part of Confluence's page-restriction store the plugin uses; the workbench implements it. It checks
 * no permissions itself: callers check {@code Permission.SET_PERMISSIONS} for the acting user first.
 */
public interface ContentPermissionManager {

    /**
     * Makes the content's restrictions of each type ({@code "View"}, {@code "Edit"}) exactly the given lists: adds and
     * removes only the difference, and reindexes the content and its descendants once. Only the latest version of a
     * page is accepted.
     */
    void setContentPermissions(Map<String, Collection<ContentPermission>> permissionsByType, ContentEntityObject content);

    /** The content's own restrictions of one type (not those it inherits). */
    List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject content, String type);
}
