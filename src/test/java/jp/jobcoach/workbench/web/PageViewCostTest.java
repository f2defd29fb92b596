package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Set;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.PageStore.StoredPage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What a page view of the demo data costs in SQL statements, the plugin's macros and the host's page, tree and
 * session together, as the workbench's pool counts them: the same for the demo's 29 pages as for 589,
 * because the sidebar shows the current page's branch only. docs/workbench.md ("Measured") quotes these figures.
 */
public class PageViewCostTest {
    private static final int ADDED_BRANCHES = 140;
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static String cookie;

    @BeforeClass
    public static void start() throws Exception {
        workbench = Workbench.start(WorkbenchConfig.inMemory("page-view-cost"));
        // the scheduler's once-a-second poll would land in the counts; nothing else uses the pool meanwhile
        workbench.host().scheduler().stop();
        client = new WorkbenchClient(workbench.baseUrl());
        cookie = client.signIn("tanaka.naoki");
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aPageViewCostsTheSameHoweverManyPagesTheSpaceHas() throws Exception {
        PageStore pages = workbench.host().pages();
        long casePage = pageEndingWith("さんの復職支援");
        long visitsPage = pageEndingWith("さんの訪問記録");
        long folder = pages.stored(casePage).orElseThrow().parentId();
        String[] paths = {"/pages/" + casePage, "/pages/" + visitsPage, "/spaces/" + DemoSeeder.SPACE_KEY};
        long[] demo = statements(paths);

        for (int i = 0; i < ADDED_BRANCHES; i++) {
            // beside the case pages, each with children and a grandchild, every other one restricted to others
            long branch = pages.createPage(DemoSeeder.SPACE_KEY, folder, "added " + i, "<p>added</p>", "admin");
            long child = pages.createPage(DemoSeeder.SPACE_KEY, branch, "added " + i + " child", "<p>added</p>", "admin");
            pages.createPage(DemoSeeder.SPACE_KEY, branch, "added " + i + " second child", "<p>added</p>", "admin");
            pages.createPage(DemoSeeder.SPACE_KEY, child, "added " + i + " grandchild", "<p>added</p>", "admin");
            if (i % 2 == 0) {
                workbench.host().permissions().restrict(branch, Kind.VIEW, Set.of("ito.yumi"));
            }
        }
        long[] large = statements(paths);

        System.out.printf("[page view cost] statements for %s: %d pages %s, %d pages %s%n", String.join(" ", paths),
                countPages() - 4 * ADDED_BRANCHES, Arrays.toString(demo), countPages(), Arrays.toString(large));
        for (int i = 0; i < paths.length; i++) {
            assertEquals(paths[i] + " with " + countPages() + " pages", demo[i], large[i]);
        }
        // the space home has no macro: what it costs is the host's alone (session, space, home page, tree); with
        // the whole space's tree it cost 329 statements on the demo data and 4,179 with the added pages
        assertTrue("the space home: " + large[2], large[2] <= 5);
    }

    /** Statements of each path's second view (the first may warm caches), counted around the request. */
    private static long[] statements(String... paths) throws Exception {
        long[] counts = new long[paths.length];
        for (int i = 0; i < paths.length; i++) {
            assertEquals(paths[i], 200, client.get(paths[i], cookie).statusCode());
            long before = workbench.database().statementCount();
            assertEquals(paths[i], 200, client.get(paths[i], cookie).statusCode());
            counts[i] = workbench.database().statementCount() - before;
        }
        return counts;
    }

    private static long pageEndingWith(String suffix) {
        return workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY).stream().filter(page -> page.title().endsWith(suffix))
                .map(StoredPage::id).findFirst().orElseThrow();
    }

    private static int countPages() {
        return workbench.host().pages().pagesOf(DemoSeeder.SPACE_KEY).size();
    }
}
