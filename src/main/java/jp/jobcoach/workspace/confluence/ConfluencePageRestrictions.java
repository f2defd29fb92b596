package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.PageRestrictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page restrictions through Confluence's {@code ContentPermissionManager}. It checks no permissions itself, so the
 * acting user's {@code SET_PERMISSIONS} on every page is checked first, and nothing is changed unless all pass. Each
 * page gets one {@code setContentPermissions} call with its complete View and Edit lists (Confluence adds and removes
 * only the difference and reindexes the page's subtree once); the calls share one transaction.
 */
@Named
public class ConfluencePageRestrictions implements PageRestrictions {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluencePageRestrictions.class);

    private final ContentPermissionManager contentPermissions;
    private final PermissionManager permissions;
    private final PageManager pageManager;
    private final UserAccessor users;
    private final TransactionTemplate transactions;

    @Inject
    public ConfluencePageRestrictions(@ComponentImport ContentPermissionManager contentPermissions,
                                      @ComponentImport PermissionManager permissions, @ComponentImport PageManager pageManager,
                                      @ComponentImport UserAccessor users, @ComponentImport TransactionTemplate transactions) {
        this.contentPermissions = contentPermissions;
        this.permissions = permissions;
        this.pageManager = pageManager;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void restrict(String actorKey, List<Restriction> wanted) {
        ConfluenceUser actor = user(actorKey);
        List<Page> pages = new ArrayList<>();
        for (Restriction restriction : wanted) {
            Page page = pageManager.getPage(restriction.pageId());
            if (page != null && (actor == null || !permissions.hasPermission(actor, Permission.SET_PERMISSIONS, page))) {
                throw refused("user " + actorKey + " may not restrict page " + restriction.pageId(), null);
            }
            pages.add(page);
        }
        try {
            transactions.execute(() -> {
                for (int index = 0; index < wanted.size(); index++) {
                    if (pages.get(index) != null) {
                        contentPermissions.setContentPermissions(byType(wanted.get(index)), pages.get(index));
                    }
                }
                return null;
            });
        } catch (Refused refusal) {
            throw refusal;
        } catch (RuntimeException failed) {
            throw refused("restricting pages " + wanted.stream().map(Restriction::pageId).toList() + " failed", failed);
        }
    }

    @Override
    public Restriction restrictionOf(long pageId) {
        Page page = pageManager.getPage(pageId);
        return page == null ? new Restriction(pageId, Set.of(), Set.of())
                : new Restriction(pageId, userKeys(page, ContentPermission.VIEW_PERMISSION), userKeys(page, ContentPermission.EDIT_PERMISSION));
    }

    private Set<String> userKeys(Page page, String type) {
        return contentPermissions.getContentPermissionSets(page, type).stream()
                .flatMap(set -> set.getUserKeys().stream()).map(UserKey::getStringValue).collect(Collectors.toSet());
    }

    /**
     * The complete lists of one page; a team member whose account is gone is left out (they cannot sign in). An
     * empty View list would lift the restriction, so a page whose viewers are all gone is refused instead.
     */
    private Map<String, Collection<ContentPermission>> byType(Restriction restriction) {
        Collection<ContentPermission> viewers = entries(ContentPermission.VIEW_PERMISSION, restriction.viewers());
        if (viewers.isEmpty() && !restriction.viewers().isEmpty()) {
            throw refused("no viewer of page " + restriction.pageId() + " has an account", null);
        }
        return Map.of(ContentPermission.VIEW_PERMISSION, viewers,
                ContentPermission.EDIT_PERMISSION, entries(ContentPermission.EDIT_PERMISSION, restriction.editors()));
    }

    private Collection<ContentPermission> entries(String type, Set<String> userKeys) {
        return userKeys.stream().map(this::user).filter(Objects::nonNull)
                .map(user -> ContentPermission.createUserPermission(type, user)).toList();
    }

    private ConfluenceUser user(String userKey) {
        return userKey == null ? null : users.getUserByKey(new UserKey(userKey));
    }

    /** Why, for the administrator's log; the case panel tells its members only that the pages are not yet restricted. */
    private static Refused refused(String why, RuntimeException cause) {
        LOG.warn("Job coach case pages not restricted: {}", why, cause);
        return new Refused(why, cause);
    }
}
