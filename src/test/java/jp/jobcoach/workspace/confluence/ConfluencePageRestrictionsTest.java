package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.jobcoach.workspace.port.PageRestrictions.Refused;
import jp.jobcoach.workspace.port.PageRestrictions.Restriction;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The Confluence adapter of page restrictions, over mocks of Confluence's managers (no Confluence runs here). */
public class ConfluencePageRestrictionsTest {
    private final ContentPermissionManager contentPermissions = mock(ContentPermissionManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final PageManager pages = mock(PageManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final List<String> transactions = new ArrayList<>();
    private final ConfluencePageRestrictions adapter = new ConfluencePageRestrictions(contentPermissions, permissions, pages,
            users, new TransactionTemplate() {
                @Override
                public <T> T execute(TransactionCallback<T> callback) {
                    transactions.add("begin");
                    T result = callback.doInTransaction();
                    transactions.add("commit");
                    return result;
                }
            });
    private ConfluenceUser actor;
    private Page home;
    private Page condition;

    @Before
    public void setUp() {
        actor = user("counselor");
        user("worker");
        home = page(1);
        condition = page(2);
    }

    @Test
    public void eachPageGetsOneCallWithItsCompleteListsInOneTransactionAfterTheActorMayRestrictThemAll() {
        when(permissions.hasPermission(actor, Permission.SET_PERMISSIONS, home)).thenReturn(true);
        when(permissions.hasPermission(actor, Permission.SET_PERMISSIONS, condition)).thenReturn(true);

        adapter.restrict("counselor", List.of(new Restriction(1, Set.of("counselor", "worker"), Set.of("counselor")),
                new Restriction(2, Set.of("counselor"), Set.of("counselor")), new Restriction(99, Set.of("worker"), Set.of())));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Collection<ContentPermission>>> lists = ArgumentCaptor.forClass(Map.class);
        verify(contentPermissions).setContentPermissions(lists.capture(), eq(home));
        assertEquals(Set.of("user:counselor", "user:worker"), subjects(lists.getValue().get(ContentPermission.VIEW_PERMISSION)));
        assertEquals(Set.of("user:counselor"), subjects(lists.getValue().get(ContentPermission.EDIT_PERMISSION)));
        verify(contentPermissions).setContentPermissions(any(), eq(condition));
        verify(contentPermissions, times(2)).setContentPermissions(any(), any());
        assertEquals("one transaction, the page that is gone skipped", List.of("begin", "commit"), transactions);
    }

    @Test
    public void oneRefusedPageChangesNothing() {
        when(permissions.hasPermission(actor, Permission.SET_PERMISSIONS, home)).thenReturn(true);
        assertThrows(Refused.class, () -> adapter.restrict("counselor", List.of(
                new Restriction(1, Set.of("counselor"), Set.of("counselor")), new Restriction(2, Set.of("counselor"), Set.of()))));
        assertThrows("nobody signed in", Refused.class, () -> adapter.restrict("gone", List.of(
                new Restriction(1, Set.of("counselor"), Set.of()))));
        verify(contentPermissions, never()).setContentPermissions(any(), any());
    }

    @Test
    public void aViewListWhoseMembersAreAllGoneWouldOpenThePageAndIsRefused() {
        when(permissions.hasPermission(actor, Permission.SET_PERMISSIONS, home)).thenReturn(true);
        assertThrows(Refused.class, () -> adapter.restrict("counselor", List.of(new Restriction(1, Set.of("deleted"), Set.of()))));
        verify(contentPermissions, never()).setContentPermissions(any(), any());
    }

    @Test
    public void aFailureOfConfluenceIsARefusal() {
        when(permissions.hasPermission(actor, Permission.SET_PERMISSIONS, home)).thenReturn(true);
        org.mockito.Mockito.doThrow(new IllegalStateException("not the latest version"))
                .when(contentPermissions).setContentPermissions(any(), eq(home));
        assertThrows(Refused.class, () -> adapter.restrict("counselor", List.of(new Restriction(1, Set.of("counselor"), Set.of()))));
    }

    @Test
    public void readsThePagesOwnUserRestrictions() {
        ContentPermissionSet view = new ContentPermissionSet(ContentPermission.VIEW_PERMISSION, home);
        view.addContentPermission(ContentPermission.createUserPermission(ContentPermission.VIEW_PERMISSION, actor));
        view.addContentPermission(ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, "hr"));
        when(contentPermissions.getContentPermissionSets(home, ContentPermission.VIEW_PERMISSION)).thenReturn(List.of(view));

        Restriction read = adapter.restrictionOf(1);
        assertEquals(Set.of("counselor"), read.viewers());
        assertEquals(Set.of(), read.editors());
        assertEquals(new Restriction(99, Set.of(), Set.of()), adapter.restrictionOf(99));
    }

    private static Set<String> subjects(Collection<ContentPermission> entries) {
        Set<String> subjects = new HashSet<>();
        entries.forEach(entry -> subjects.add("user:" + entry.getUserSubject().getKey().getStringValue()));
        return subjects;
    }

    private ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(users.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }

    private Page page(long id) {
        Page page = new Page();
        page.setId(id);
        when(pages.getPage(id)).thenReturn(page);
        return page;
    }
}
