package com.atlassian.confluence.security;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.core.bean.EntityObject;
import com.atlassian.sal.api.user.UserKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Declares Confluence's set of one content's restriction entries of one type. Plugin code only reads it; the
 * workbench builds it (constructor and {@link #addContentPermission} as in the real class).
 */
public class ContentPermissionSet extends EntityObject implements Iterable<ContentPermission>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final ContentEntityObject owningContent;
    private final List<ContentPermission> permissions = new ArrayList<>();

    public ContentPermissionSet(String type, ContentEntityObject owningContent) {
        this.type = type;
        this.owningContent = owningContent;
    }

    public void addContentPermission(ContentPermission permission) {
        permissions.add(permission);
    }

    public String getType() {
        return type;
    }

    public ContentEntityObject getOwningContent() {
        return owningContent;
    }

    public List<UserKey> getUserKeys() {
        return permissions.stream().filter(ContentPermission::isUserPermission)
                .map(permission -> permission.getUserSubject().getKey()).toList();
    }

    public List<String> getGroupNames() {
        return permissions.stream().filter(ContentPermission::isGroupPermission).map(ContentPermission::getGroupName).toList();
    }

    public Collection<ContentPermission> contentPermissionsCopy() {
        return new ArrayList<>(permissions);
    }

    @Override
    public Iterator<ContentPermission> iterator() {
        return contentPermissionsCopy().iterator();
    }
}
