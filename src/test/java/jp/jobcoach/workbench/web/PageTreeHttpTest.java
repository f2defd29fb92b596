package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sidebar tree opens at the current page: top-level pages, the ancestors with their siblings, the page's
 * children, nothing deeper or off the branch, and never a page the viewer may not view nor anything below it.
 *
 * <pre>
 * A (home) ── B ── D ── F ── H
 *  │          └── E (only ito.yumi)
 *  └── C (only ito.yumi) ── G
 * A2
 * </pre>
 */
public class PageTreeHttpTest {
    private static final String SPACE = "TREE";
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static long a;
    private static long d;
    private static long f;

    @BeforeClass
    public static void start() {
        WorkbenchConfig config = WorkbenchConfig.inMemory("page-tree-test");
        config.descriptor = "test-plugin/atlassian-plugin.xml";
        workbench = Workbench.start(config);
        client = new WorkbenchClient(workbench.baseUrl());
        PageStore pages = workbench.host().pages();
        pages.createSpace(SPACE, "Tree");
        a = page(null, "A");
        page(null, "A2");
        long b = page(a, "B");
        long c = page(a, "C");
        d = page(b, "D");
        long e = page(b, "E");
        f = page(d, "F");
        page(f, "H");
        page(c, "G");
        workbench.host().permissions().restrict(c, Kind.VIEW, Set.of("ito.yumi"));
        workbench.host().permissions().restrict(e, Kind.VIEW, Set.of("ito.yumi"));
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aPageShowsItsAncestorsTheirSiblingsAndItsChildrenOnly() throws Exception {
        assertEquals(List.of("A", "B", "D", "F", "E", "C", "A2"), tree("/pages/" + d, "ito.yumi"));
        assertTrue("the current page is marked", client.get("/pages/" + d, client.signIn("ito.yumi")).body()
                .contains("<li class=\"wb-current\"><a href=\"/pages/" + d + "\">tree-D</a>"));
        assertEquals("one level deeper, D's other children stay closed", List.of("A", "B", "D", "F", "H", "E", "C", "A2"),
                tree("/pages/" + f, "ito.yumi"));
        assertEquals("the top: its children only", List.of("A", "B", "C", "A2"), tree("/pages/" + a, "ito.yumi"));
    }

    @Test
    public void pagesTheViewerMayNotViewAreLeftOut() throws Exception {
        assertEquals(List.of("A", "B", "D", "F", "A2"), tree("/pages/" + d, "tanaka.naoki"));
        assertEquals("the administrator sees everything", List.of("A", "B", "D", "F", "E", "C", "A2"), tree("/pages/" + d, "admin"));
    }

    @Test
    public void theSpaceHomeOpensAtTheHomePageAndAHiddenHomePageHidesItsSubtree() throws Exception {
        assertEquals(List.of("A", "B", "C", "A2"), tree("/spaces/" + SPACE, "ito.yumi"));
        workbench.host().permissions().restrict(a, Kind.VIEW, Set.of("ito.yumi"));
        try {
            assertEquals(List.of("A2"), tree("/spaces/" + SPACE, "tanaka.naoki"));
        } finally {
            workbench.host().permissions().restrict(a, Kind.VIEW, Set.of());
        }
    }

    private static long page(Long parent, String name) {
        return workbench.host().pages().createPage(SPACE, parent, "tree-" + name, "<p>" + name + "</p>", "admin");
    }

    /** The page names in the tree, in document order (a page, then what is below it, then its next sibling). */
    private static List<String> tree(String path, String username) throws Exception {
        String html = client.get(path, client.signIn(username)).body();
        int start = html.indexOf("<div class=\"wb-tree-title\">");
        assertTrue(path + " has a tree: " + html, start >= 0);
        List<String> names = new ArrayList<>();
        Matcher link = Pattern.compile(">tree-([A-Z0-9]+)</a>").matcher(html.substring(start));
        while (link.find()) {
            names.add(link.group(1));
        }
        return names;
    }
}
