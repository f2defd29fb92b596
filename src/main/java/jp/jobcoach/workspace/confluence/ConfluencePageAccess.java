package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.PageAccess;

/** Pages and their view permission, from Confluence's page and permission managers. */
@Named
public class ConfluencePageAccess implements PageAccess {
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final UserAccessor userAccessor;

    @Inject
    public ConfluencePageAccess(@ComponentImport PermissionManager permissionManager,
                                @ComponentImport PageManager pageManager, @ComponentImport UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        Page page = pageManager.getPage(pageId);
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        return page != null && user != null && permissionManager.hasPermission(user, Permission.VIEW, page);
    }

    /** The pages, then one {@code getPermittedEntities} over them all (Confluence decides them as a batch). */
    @Override
    public Set<Long> viewablePageIds(String userKey, Collection<Long> pageIds) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null || pageIds.isEmpty()) {
            return Set.of();
        }
        List<Page> existing = pageIds.stream().distinct().map(pageManager::getPage).filter(Objects::nonNull).toList();
        return permissionManager.getPermittedEntities(user, Permission.VIEW, existing).stream()
                .map(Page::getId).collect(Collectors.toSet());
    }

    @Override
    public Optional<PageLink> page(long pageId) {
        return Optional.ofNullable(pageManager.getPage(pageId))
                .map(page -> new PageLink(page.getId(), page.getTitle(), page.getUrlPath(), page.getSpaceKey()));
    }

    /**
     * Page trees are shallow; the bound keeps a comment event's work constant even on a pathological tree (or a
     * parent cycle in broken data).
     */
    static final int MAX_DEPTH = 32;

    @Override
    public List<Long> selfAndAncestorIds(long pageId) {
        List<Long> ids = new ArrayList<>();
        for (Page page = pageManager.getPage(pageId); page != null && ids.size() < MAX_DEPTH; page = page.getParent()) {
            ids.add(page.getId());
        }
        return ids;
    }
}
