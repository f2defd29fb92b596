package jp.jobcoach.workbench.host;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * getPermittedEntities decides every page as hasPermission does (view restrictions inherited from any ancestor, edit
 * on the page itself, the administrator everything, anonymous nothing), in one statement for the restrictions of
 * all the pages; and a page is read with its ancestors in one statement.
 */
public class PagePermissionsTest {
    private final Database database = new Database("jdbc:h2:mem:page-permissions-test;DB_CLOSE_DELAY=-1", "sa", "");
    private PageStore pages;
    private PagePermissions permissions;
    private final List<Page> tree = new ArrayList<>();

    @Before
    public void tree() {
        WorkbenchSchema.createIfMissing(database);
        pages = new PageStore(database);
        permissions = new PagePermissions(database, pages);
        pages.createSpace("S", "Space");
        long root = pages.createPage("S", null, "root", "<p/>", "admin");
        long open = pages.createPage("S", root, "open", "<p/>", "admin");
        long restricted = pages.createPage("S", root, "restricted", "<p/>", "admin");
        long below = pages.createPage("S", restricted, "below the restricted one", "<p/>", "admin");
        long belowTwice = pages.createPage("S", below, "restricted twice", "<p/>", "admin");
        long editLocked = pages.createPage("S", open, "edit locked", "<p/>", "admin");
        permissions.restrict(restricted, Kind.VIEW, Set.of("ito.yumi", "tanaka.naoki"));
        permissions.restrict(belowTwice, Kind.VIEW, Set.of("ito.yumi"));
        permissions.restrict(editLocked, Kind.EDIT, Set.of("ito.yumi"));
        for (long id : List.of(root, open, restricted, below, belowTwice, editLocked)) {
            tree.add(pages.getPage(id));
        }
    }

    @After
    public void drop() {
        database.close();
    }

    @Test
    public void decidesEachPageAsHasPermissionDoesInOneStatement() {
        List<User> users = new ArrayList<>(DemoUsers.ALL);
        users.add(null);
        for (User user : users) {
            for (Permission permission : List.of(Permission.VIEW, Permission.EDIT, Permission.EXPORT, Permission.REMOVE)) {
                List<String> expected = tree.stream().filter(page -> permissions.hasPermission(user, permission, page))
                        .map(Page::getTitle).toList();
                long before = database.statementCount();
                List<String> permitted = permissions.getPermittedEntities(user, permission, tree).stream()
                        .map(Page::getTitle).collect(Collectors.toList());
                assertEquals(user + " " + permission, expected, permitted);
                assertEquals("one statement", 1, database.statementCount() - before);
            }
        }
        User coach = DemoUsers.byName("tanaka.naoki").orElseThrow();
        assertEquals(List.of("root", "open", "restricted", "below the restricted one", "edit locked"),
                permissions.getPermittedEntities(coach, Permission.VIEW, tree).stream().map(Page::getTitle).toList());
        assertEquals(List.of("root", "open", "restricted", "below the restricted one"),
                permissions.getPermittedEntities(coach, Permission.EDIT, tree).stream().map(Page::getTitle).toList());
    }

    @Test
    public void aPageIsReadWithItsAncestorsInOneStatement() {
        long before = database.statementCount();
        Page page = pages.getPage(tree.get(4).getId());
        assertEquals(1, database.statementCount() - before);
        List<String> chain = new ArrayList<>();
        for (Page level = page; level != null; level = level.getParent()) {
            chain.add(level.getTitle() + "@" + level.getSpace().getKey() + ":" + level.getSpace().getName());
        }
        assertEquals(List.of("restricted twice@S:Space", "below the restricted one@S:Space", "restricted@S:Space",
                "root@S:Space"), chain);
        assertEquals(null, pages.getPage(-1));
    }
}
