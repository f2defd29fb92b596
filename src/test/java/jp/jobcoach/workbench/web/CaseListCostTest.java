package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;

import com.google.gson.JsonParser;
import java.util.Set;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.StoreFixtures;
import jp.jobcoach.workspace.store.TeamStore;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What a page of {@code GET /cases} costs in SQL statements, host and plugin together, as the workbench's pool
 * counts them: the view permission of the cases' pages is decided in one check for the page
 * ({@code PermissionManager.getPermittedEntities}, one statement for the restrictions of every page and ancestor),
 * so a case more on the page costs only the host's read of its page (one statement in the workbench; Confluence's
 * page cache serves it).
 */
public class CaseListCostTest {
    private static final int ADDED_CASES = 30;
    private static Workbench workbench;
    private static WorkbenchClient client;
    private static String cookie;

    @BeforeClass
    public static void start() throws Exception {
        workbench = Workbench.start(WorkbenchConfig.inMemory("case-list-cost"));
        // the scheduler's once-a-second poll would land in the counts; nothing else uses the pool meanwhile
        workbench.host().scheduler().stop();
        PageStore pages = workbench.host().pages();
        long folder = pages.pageByTitle(DemoSeeder.SPACE_KEY, "復職支援ケース").orElseThrow().getId();
        for (int i = 0; i < ADDED_CASES; i++) {
            long page = pages.createPage(DemoSeeder.SPACE_KEY, folder, "case " + i, "<p>case</p>", "admin");
            // every case page restricted to its team, as a case's tree is (pages the coach may not view make the
            // list read on for more, which PagePermissionsTest and CaseServiceTest cover)
            workbench.host().permissions().restrict(page, Kind.VIEW, Set.of("tanaka.naoki", "ito.yumi"));
            long caseId = workbench.component(CaseStore.class).create(StoreFixtures.supportCase().withRootPage(page), StoreFixtures.YEAR).id();
            workbench.component(TeamStore.class).add(caseId, TeamMember.of("wbkey-tanaka.naoki", CaseRole.CENTER_COACH));
        }
        client = new WorkbenchClient(workbench.baseUrl());
        cookie = client.signIn("tanaka.naoki");
    }

    @AfterClass
    public static void stop() {
        workbench.close();
    }

    @Test
    public void aCaseMoreOnThePageCostsItsPageReadAndNoPermissionCheckOfItsOwn() throws Exception {
        long ten = statements(10);
        long twenty = statements(20);
        System.out.printf("[case list cost] statements for a page of 10 cases: %d, of 20: %d%n", ten, twenty);
        // each case's page and ancestors in one statement; their permissions (a statement per level before, and
        // two more per level to load the ancestors: 9 per case) decided for the whole page at once
        assertEquals(10, twenty - ten);
    }

    /** Statements of the second request for a page of {@code size} cases (the first may warm caches). */
    private static long statements(int size) throws Exception {
        String path = "/rest/jobcoach/1.0/cases?size=" + size;
        assertEquals(200, client.get(path, cookie).statusCode());
        long before = workbench.database().statementCount();
        String body = client.get(path, cookie).body();
        long counted = workbench.database().statementCount() - before;
        assertEquals(size, JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("items").size());
        return counted;
    }
}
