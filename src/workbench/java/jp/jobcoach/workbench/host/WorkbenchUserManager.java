package jp.jobcoach.workbench.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.User;
import java.util.Locale;
import java.util.TimeZone;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * SAL's UserManager and TimeZoneManager, Confluence's UserAccessor and LocaleManager over the demo users; the remote
 * user is the request's, and each demo user has a language of their own (the site's default, English, for anyone
 * else) and a time zone: Japan's for those who read Japanese, the server's for the others.
 */
public final class WorkbenchUserManager implements UserManager, UserAccessor, LocaleManager, TimeZoneManager {
    @Override
    public Locale getLocale(User user) {
        return user instanceof WorkbenchUser known ? known.locale() : Locale.ENGLISH;
    }

    @Override
    public TimeZone getUserTimeZone() {
        return zoneOf(AuthenticatedUserThreadLocal.get());
    }

    @Override
    public TimeZone getUserTimeZone(UserKey user) {
        return zoneOf(user == null ? null : (User) getUserProfile(user));
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return TimeZone.getDefault();
    }

    private TimeZone zoneOf(User user) {
        return user instanceof WorkbenchUser known && Locale.JAPANESE.getLanguage().equals(known.locale().getLanguage())
                ? TimeZone.getTimeZone("Asia/Tokyo") : getDefaultTimeZone();
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

    /**
     * The full-name and user-name term queries, matched as a directory matches them: ignoring case, whole or by the
     * query's substring rule. Answers every match, as Confluence does, so callers must cap what they read.
     *
     * @throws EntityException for a query the workbench's directory cannot run (any other kind)
     */
    @Override
    public List<User> findUsersAsList(Query<User> query) throws EntityException {
        Function<WorkbenchUser, String> searched;
        if (query instanceof FullNameTermQuery) {
            searched = WorkbenchUser::fullName;
        } else if (query instanceof UserNameTermQuery) {
            searched = WorkbenchUser::username;
        } else {
            throw new EntityException("the workbench's directory runs full-name and user-name term queries only, not " + query);
        }
        TermQuery<User> term = (TermQuery<User>) query;
        String wanted = folded(term.getTerm());
        return DemoUsers.ALL.stream().filter(user -> matches(folded(searched.apply(user)), wanted, term))
                .map(User.class::cast).toList();
    }

    private static boolean matches(String value, String wanted, TermQuery<User> query) {
        if (!query.isMatchingSubstring()) {
            return value.equals(wanted);
        }
        return switch (query.getMatchingRule()) {
            case TermQuery.SUBSTRING_STARTS_WITH -> value.startsWith(wanted);
            case TermQuery.SUBSTRING_ENDS_WITH -> value.endsWith(wanted);
            case TermQuery.SUBSTRING_CONTAINS -> value.contains(wanted);
            default -> throw new IllegalArgumentException("no such matching rule: " + query.getMatchingRule());
        };
    }

    /** Romaji ignores case; kanji and kana have none, so they match as typed. */
    private static String folded(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
