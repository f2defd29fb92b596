package jp.jobcoach.workbench.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.jobcoach.workbench.db.Database;

/**
 * Confluence's page restrictions, simplified: a VIEW restriction on a page or any ancestor limits viewing to
 * the listed users (each restricted level must list the user); an EDIT restriction applies to that page only.
 * Every signed-in user may view unrestricted pages; the administrator may do everything; anonymous nothing.
 */
public final class PagePermissions implements PermissionManager {
    public enum Kind { VIEW, EDIT }

    private final Database database;
    private final PageStore pages;

    public PagePermissions(Database database, PageStore pages) {
        this.database = database;
        this.pages = pages;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        return hasPermission(user, permission, target, this::restrictions);
    }

    /** The same, reading each page's restrictions through {@code restrictions}. */
    private boolean hasPermission(User user, Permission permission, Object target, Restrictions restrictions) {
        if (user == null) {
            return false;
        }
        if (isConfluenceAdministrator(user)) {
            return true;
        }
        if (target instanceof Comment comment) {
            return hasPermission(user, permission == Permission.VIEW ? Permission.VIEW : Permission.EDIT,
                    comment.getContainer(), restrictions);
        }
        if (target instanceof Page page) {
            return pagePermission(user.getName(), permission, page, restrictions);
        }
        return target instanceof Space && permission == Permission.VIEW;
    }

    /** Where the restrictions of a page come from: the table, or what one statement read for many pages. */
    private interface Restrictions {
        Set<String> of(long pageId, Kind kind);
    }

    private static boolean pagePermission(String username, Permission permission, Page page, Restrictions restrictions) {
        boolean mayView = mayView(username, page, restrictions);
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return mayView;
        }
        if (permission == Permission.EDIT || permission == Permission.SET_PERMISSIONS) {
            // as in Confluence, restricting a page takes the right to edit it (the workbench has no space permissions)
            return mayView && allowedBy(restrictions.of(page.getId(), Kind.EDIT), username);
        }
        return false;
    }

    private static boolean mayView(String username, Page page, Restrictions restrictions) {
        for (Page level = page; level != null; level = level.getParent()) {
            if (!allowedBy(restrictions.of(level.getId(), Kind.VIEW), username)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowedBy(Set<String> restriction, String username) {
        return restriction.isEmpty() || restriction.contains(username);
    }

    @Override
    public boolean isConfluenceAdministrator(User user) {
        return user instanceof WorkbenchUser workbenchUser && workbenchUser.admin();
    }

    /**
     * The entities {@code user} may do {@code permission} on, in their order, decided as {@link #hasPermission}
     * decides each: the restrictions of all the pages (comments: their pages) and their ancestors are read at once,
     * in statements of at most 1,000 page ids, whatever the number of entities.
     */
    @Override
    public <X> List<X> getPermittedEntities(User user, Permission permission, List<? extends X> entities) {
        Map<Long, Map<Kind, Set<String>>> read = restrictionsOf(entities.stream().flatMap(PagePermissions::levels)
                .collect(Collectors.toSet()));
        Restrictions preloaded = (pageId, kind) -> read.getOrDefault(pageId, Map.of()).getOrDefault(kind, Set.of());
        return entities.stream().filter(entity -> hasPermission(user, permission, entity, preloaded))
                .collect(Collectors.toList());
    }

    /** The ids of a page (a comment's page) and of its ancestors; none for other entities. */
    private static Stream<Long> levels(Object entity) {
        Object target = entity instanceof Comment comment ? comment.getContainer() : entity;
        List<Long> ids = new ArrayList<>();
        if (target instanceof Page page) {
            for (Page level = page; level != null; level = level.getParent()) {
                ids.add(level.getId());
            }
        }
        return ids.stream();
    }

    private Map<Long, Map<Kind, Set<String>>> restrictionsOf(Set<Long> pageIds) {
        Map<Long, Map<Kind, Set<String>>> restrictions = new HashMap<>();
        List<Long> all = List.copyOf(pageIds);
        for (int from = 0; from < all.size(); from += MAX_IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + MAX_IN_LIST));
            database.query("SELECT PAGE_ID, KIND, USERNAME FROM WB_RESTRICTION WHERE PAGE_ID IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> new Listed(row.getLong(1), Kind.valueOf(row.getString(2)), row.getString(3)), chunk.toArray())
                    .forEach(listed -> restrictions.computeIfAbsent(listed.pageId(), id -> new EnumMap<>(Kind.class))
                            .computeIfAbsent(listed.kind(), kind -> new HashSet<>()).add(listed.username()));
        }
        return restrictions;
    }

    /** One user listed in one restriction of a page. */
    private record Listed(long pageId, Kind kind, String username) {
    }

    public boolean mayView(User user, ContentEntityObject content) {
        return hasPermission(user, Permission.VIEW, content);
    }

    /** One statement's IN list at most, as Oracle allows. */
    private static final int MAX_IN_LIST = 1000;

    public Set<String> restrictions(long pageId, Kind kind) {
        return Set.copyOf(database.query("SELECT USERNAME FROM WB_RESTRICTION WHERE PAGE_ID = ? AND KIND = ?",
                row -> row.getString(1), pageId, kind.name()));
    }

    /**
     * Replaces the page's restriction of this kind; an empty set lifts it. Only the difference is written, the new
     * names before the old ones go, so that a page being narrowed is never open in between.
     */
    public void restrict(long pageId, Kind kind, Set<String> usernames) {
        Set<String> present = restrictions(pageId, kind);
        usernames.stream().filter(username -> !present.contains(username)).forEach(username -> database.update(
                "INSERT INTO WB_RESTRICTION (PAGE_ID, KIND, USERNAME) VALUES (?, ?, ?)", pageId, kind.name(), username));
        present.stream().filter(username -> !usernames.contains(username)).forEach(username -> database.update(
                "DELETE FROM WB_RESTRICTION WHERE PAGE_ID = ? AND KIND = ? AND USERNAME = ?", pageId, kind.name(), username));
    }

    /**
     * The pages of the sidebar tree at {@code pageId} that the user may view, parents before their children: the
     * space's top-level pages, the children of every ancestor of the page (so the ancestors and their siblings), and
     * the page's own children. One statement whatever the size of the space; an id of no page of the space (say -1)
     * gives the top-level pages only. A page is shown as {@link #mayView} decides: its own VIEW restriction lets the
     * user in (the SQL form of {@link #allowedBy}), and so does every ancestor's, since a page below one left out is
     * left out too.
     */
    public List<PageOutline> visibleBranch(User user, String spaceKey, long pageId) {
        if (user == null) {
            return List.of();
        }
        List<PageOutline> candidates = database.query("WITH RECURSIVE BRANCH (ID, PARENT_ID) AS ("
                        + " SELECT ID, PARENT_ID FROM WB_PAGE WHERE ID = ? AND SPACE_KEY = ?"
                        + " UNION ALL SELECT P.ID, P.PARENT_ID FROM WB_PAGE P JOIN BRANCH B ON P.ID = B.PARENT_ID)"
                        + " SELECT P.ID, P.PARENT_ID, P.TITLE FROM WB_PAGE P"
                        + " WHERE P.SPACE_KEY = ? AND (P.PARENT_ID IS NULL OR P.PARENT_ID IN (SELECT ID FROM BRANCH))"
                        + " AND (? OR NOT EXISTS (SELECT 1 FROM WB_RESTRICTION R WHERE R.PAGE_ID = P.ID AND R.KIND = 'VIEW')"
                        + " OR EXISTS (SELECT 1 FROM WB_RESTRICTION R WHERE R.PAGE_ID = P.ID AND R.KIND = 'VIEW' AND R.USERNAME = ?))"
                        + " ORDER BY P.ID",
                row -> new PageOutline(row.getLong(1), row.getObject(2) == null ? null : row.getLong(2), row.getString(3)),
                pageId, spaceKey, spaceKey, isConfluenceAdministrator(user), user.getName());
        Map<Long, List<PageOutline>> byParent = candidates.stream().filter(page -> page.parentId() != null)
                .collect(Collectors.groupingBy(PageOutline::parentId));
        List<PageOutline> visible = new ArrayList<>();
        Deque<PageOutline> reachable = candidates.stream().filter(page -> page.parentId() == null)
                .collect(Collectors.toCollection(ArrayDeque::new));
        while (!reachable.isEmpty()) {
            PageOutline page = reachable.removeFirst();
            visible.add(page);
            reachable.addAll(byParent.getOrDefault(page.id(), List.of()));
        }
        return visible;
    }

    /** A page as the tree shows it: where it hangs and what it is called. */
    public record PageOutline(long id, Long parentId, String title) {
    }

    public Page pageIfVisible(User user, long pageId) {
        Page page = pages.getPage(pageId);
        return page != null && mayView(user, page) ? page : null;
    }
}
