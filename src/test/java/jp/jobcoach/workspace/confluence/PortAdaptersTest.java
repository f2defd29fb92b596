package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.port.PageAccess.PageLink;
import org.junit.Test;

public class PortAdaptersTest {
    private final UserManager userManager = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final PageManager pages = mock(PageManager.class);
    private final UserAccessor users = mock(UserAccessor.class);

    @Test
    public void currentUserComesFromSal() {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("u1"));
        when(userManager.isAdmin(new UserKey("u1"))).thenReturn(true);
        LocaleManager locales = mock(LocaleManager.class);
        when(locales.getLocale(null)).thenReturn(Locale.JAPANESE);
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getUserTimeZone()).thenReturn(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
        ConfluenceCurrentUser user = new ConfluenceCurrentUser(userManager, locales, timeZones);

        assertEquals(Optional.of("u1"), user.userKey());
        assertTrue(user.isAdministrator());
        assertEquals(Locale.JAPANESE, user.locale());
        assertEquals("the zone of the user's profile", java.time.ZoneId.of("Asia/Tokyo"), user.zone());
    }

    @Test
    public void anonymousHasNoKeyAndIsNoAdministrator() {
        ConfluenceCurrentUser user = new ConfluenceCurrentUser(userManager, mock(LocaleManager.class), mock(TimeZoneManager.class));
        assertEquals(Optional.empty(), user.userKey());
        assertFalse(user.isAdministrator());
    }

    @Test
    public void pageAccessAsksThePermissionManagerAndWalksUpTheTree() {
        Page root = page(1, null);
        Page child = page(2, root);
        ConfluenceUser alice = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey("alice"))).thenReturn(alice);
        when(permissions.hasPermission(alice, Permission.VIEW, child)).thenReturn(true);
        ConfluencePageAccess access = new ConfluencePageAccess(permissions, pages, users);

        assertTrue(access.canView("alice", 2));
        assertFalse(access.canView("alice", 1));
        assertFalse(access.canView("bob", 2));
        assertFalse(access.canView(null, 2));
        assertFalse(access.canView("alice", 99));
        assertEquals(List.of(2L, 1L), access.selfAndAncestorIds(2));
        assertEquals(List.of(), access.selfAndAncestorIds(99));
        assertEquals(Optional.of(new PageLink(2, "page 2", child.getUrlPath(), "CASES")), access.page(2));
    }

    @Test
    public void viewablePagesAreDecidedInOneGetPermittedEntitiesOverThePagesThatExist() {
        Page root = page(1, null);
        Page child = page(2, root);
        ConfluenceUser alice = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey("alice"))).thenReturn(alice);
        when(permissions.getPermittedEntities(alice, Permission.VIEW, List.of(root, child))).thenReturn(List.of(child));
        ConfluencePageAccess access = new ConfluencePageAccess(permissions, pages, users);

        assertEquals(Set.of(2L), access.viewablePageIds("alice", List.of(1L, 2L, 99L, 2L)));
        verify(permissions).getPermittedEntities(alice, Permission.VIEW, List.of(root, child));
        verify(permissions, never()).hasPermission(any(), any(), any());
        assertEquals(Set.of(), access.viewablePageIds("bob", List.of(1L, 2L)));
        assertEquals(Set.of(), access.viewablePageIds(null, List.of(1L)));
        assertEquals(Set.of(), access.viewablePageIds("alice", List.of()));
    }

    private Page page(long id, Page parent) {
        Page page = new Page();
        page.setId(id);
        page.setTitle("page " + id);
        page.setSpace(new Space("CASES"));
        if (parent != null) {
            parent.addChild(page);
        }
        when(pages.getPage(id)).thenReturn(page);
        return page;
    }
}
