package jp.jobcoach.workbench.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.User;
import java.util.Locale;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;

/**
 * SAL's UserManager, Confluence's UserAccessor and LocaleManager over the demo users; the remote user is the
 * request's, and each demo user has a language of their own (the site's default, English, for anyone else).
 */
public final class WorkbenchUserManager implements UserManager, UserAccessor, LocaleManager {
    @Override
    public Locale getLocale(User user) {
        return user instanceof WorkbenchUser known ? known.locale() : Locale.ENGLISH;
    }

    @Override
    public UserProfile getRemoteUser() {
        return (WorkbenchUser) AuthenticatedUserThreadLocal.get();
    }

    @Override
    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    /** The filter sets the thread's user from the request's session before any plugin code runs. */
    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return DemoUsers.byName(username).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : DemoUsers.byKey(userKey.getStringValue()).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        WorkbenchUser user = (WorkbenchUser) getUserProfile(userKey);
        return user != null && (group.equals(DemoUsers.USER_GROUP) || (user.admin() && group.equals(DemoUsers.ADMIN_GROUP)));
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isUserInGroup(userKey, DemoUsers.ADMIN_GROUP);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return (ConfluenceUser) getUserProfile(userKey);
    }

    @Override
    public ConfluenceUser getUserByName(String username) {
        return DemoUsers.byName(username).orElse(null);
    }
}
