package com.atlassian.confluence.security;

import com.atlassian.confluence.core.ConfluenceEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Objects;

/**
 * Declares Confluence's page restriction entry: one user or one group allowed to view or edit. Equal on type, user
 * and group, as the real one, so that sets of wanted and present entries compare.
 */
public class ContentPermission extends ConfluenceEntityObject implements Comparable<ContentPermission> {

    private static final long serialVersionUID = 1L;

    public static final String VIEW_PERMISSION = "View";
    public static final String EDIT_PERMISSION = "Edit";

    private final String type;
    private final ConfluenceUser userSubject;
    private final String groupName;

    private ContentPermission(String type, ConfluenceUser userSubject, String groupName) {
        this.type = type;
        this.userSubject = userSubject;
        this.groupName = groupName;
    }

    public static ContentPermission createUserPermission(String type, ConfluenceUser user) {
        return new ContentPermission(type, user, null);
    }

    public static ContentPermission createGroupPermission(String type, String groupName) {
        return new ContentPermission(type, null, groupName);
    }

    public String getType() {
        return type;
    }

    public ConfluenceUser getUserSubject() {
        return userSubject;
    }

    public String getGroupName() {
        return groupName;
    }

    public boolean isUserPermission() {
        return userSubject != null;
    }

    public boolean isGroupPermission() {
        return groupName != null;
    }

    private String subject() {
        return isUserPermission() ? "user:" + userSubject.getKey() : "group:" + groupName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentPermission that && Objects.equals(type, that.type)
                && Objects.equals(subject(), that.subject());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, subject());
    }

    @Override
    public int compareTo(ContentPermission other) {
        int byType = String.valueOf(type).compareTo(String.valueOf(other.type));
        return byType != 0 ? byType : subject().compareTo(other.subject());
    }
}
