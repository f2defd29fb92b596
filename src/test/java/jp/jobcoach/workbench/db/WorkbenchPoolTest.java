package jp.jobcoach.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.ao.ActiveObjectsFactory;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.web.WorkbenchClient;
import jp.jobcoach.workspace.store.DatabaseTest;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The workbench's connection pool on the database of {@code -Djobcoach.db=h2|postgres|mariadb}: requests reuse a
 * few connections at READ COMMITTED, closing a workbench leaves nothing open, and two workbenches on one
 * PostgreSQL are two nodes of one cluster. On a server it runs only where no workbench has tables yet, and drops
 * the tables it made (the README's workbench on that database would otherwise find them and seed no demo).
 */
@Category(DatabaseTest.class)
public class WorkbenchPoolTest {
    private static final String DB = System.getProperty("jobcoach.db", "h2");
    private static int workbenches;

    @BeforeClass
    public static void onlyOnADatabaseWithoutAWorkbench() {
        if (!DB.equals("h2")) {
            try (Database database = server("")) {
                Assume.assumeFalse("the database already holds a workbench's tables", database.tableExists("WB_SCHEMA"));
            }
        }
    }

    @AfterClass
    public static void dropTheWorkbenchTables() {
        if (!DB.equals("h2")) {
            try (Database database = server("")) {
                dropWorkbenchTables(database);
            }
        }
    }

    @Test
    public void manyRequestsReuseAFewConnectionsAtReadCommitted() throws Exception {
        try (Workbench workbench = Workbench.start(config("node"))) {
            WorkbenchClient client = new WorkbenchClient(workbench.baseUrl());
            String cookie = client.signIn("tanaka.naoki");
            String home = "/pages/" + workbench.host().pages().homePageId(DemoSeeder.SPACE_KEY).orElseThrow();
            long statementsBefore = workbench.database().statementCount();
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 30; i++) {
                        assertEquals(200, get(client, home, cookie));
                    }
                }));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();

            long statements = workbench.database().statementCount() - statementsBefore;
            assertTrue("120 page views made their statements: " + statements, statements >= 120 * 3);
            assertTrue("open connections: " + workbench.database().openConnections(),
                    workbench.database().openConnections() <= Database.POOL_SIZE);
            Set<Object> serverConnections = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                serverConnections.add(workbench.database().queryOne("SELECT " + connectionIdFunction(), row -> row.getObject(1)).orElseThrow());
            }
            assertTrue("server connections behind 50 queries: " + serverConnections, serverConnections.size() <= Database.POOL_SIZE);
            try (Connection connection = workbench.database().dataSource().getConnection()) {
                assertEquals("docs/decisions.md #6", Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
            }
        }
    }

    @Test
    public void closingAWorkbenchLeavesNoConnectionNorPoolThreadBehind() throws Exception {
        List<String> pools = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Workbench workbench = Workbench.start(config("closed-" + i));
            pools.add(workbench.database().poolName());
            workbench.close();
            assertEquals(0, workbench.database().openConnections());
            workbench.close();
        }
        long deadline = System.currentTimeMillis() + 5_000;
        List<String> left = poolThreads(pools);
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = poolThreads(pools);
        }
        assertEquals("threads of closed pools", List.of(), left);
        if (DB.equals("postgres")) {
            try (Database observer = server("")) {
                assertEquals(0, connectionsOf(observer, "closed-"));
            }
        }
    }

    @Test
    public void twoWorkbenchesOnOnePostgresqlAreTwoNodes() throws Exception {
        Assume.assumeTrue("two processes share only a server database", DB.equals("postgres"));
        Workbench nodeA = Workbench.start(config("node-a"));
        try (Workbench nodeB = Workbench.start(config("node-b"))) {
            WorkbenchClient a = new WorkbenchClient(nodeA.baseUrl());
            WorkbenchClient b = new WorkbenchClient(nodeB.baseUrl());
            long home = nodeA.host().pages().homePageId(DemoSeeder.SPACE_KEY).orElseThrow();
            long page = nodeA.host().pages().createPage(DemoSeeder.SPACE_KEY, home, "made on node A", "<p>from A</p>", "admin");
            String session = a.signIn("ito.yumi");
            assertTrue("node B knows node A's session and page", b.get("/pages/" + page, session).body().contains("from A"));
            assertEquals(302, b.post("/pages/" + page + "/comments", "body=said-on-node-b", session).statusCode());
            assertTrue("node A sees node B's comment", a.get("/pages/" + page, session).body().contains("said-on-node-b"));

            nodeA.close();
            try (Database observer = server("")) {
                assertEquals("node A's connections are closed", 0, connectionsOf(observer, "node-a"));
                assertTrue("node B's are not", connectionsOf(observer, "node-b") > 0);
            }
            assertTrue("node B serves on", b.get("/pages/" + page, session).body().contains("said-on-node-b"));
        } finally {
            nodeA.close();
        }
    }

    @Test
    public void anInMemoryH2UrlThatWouldVanishIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Database("jdbc:h2:mem:vanishing", "sa", ""));
        assertTrue(refused.getMessage(), refused.getMessage().contains("DB_CLOSE_DELAY=-1"));
    }

    @Test
    public void anUnreachableServerIsOneClearError() {
        String url = "jdbc:postgresql://127.0.0.1:1/test";
        Database.DatabaseUnreachable unreachable = assertThrows(Database.DatabaseUnreachable.class, () -> new Database(url, "postgres", ""));
        assertTrue(unreachable.getMessage(), unreachable.getMessage().startsWith("Cannot reach the database at " + url + ": "));
    }

    /** A workbench on this run's database; on PostgreSQL its connections carry {@code name} as application name. */
    private static WorkbenchConfig config(String name) {
        WorkbenchConfig config = WorkbenchConfig.inMemory("pool-test-" + name + "-" + ++workbenches);
        config.descriptor = "test-plugin/atlassian-plugin.xml";
        if (!DB.equals("h2")) {
            config.dbUrl = serverUrl(name);
            config.dbUser = System.getProperty("db.username");
            config.dbPassword = System.getProperty("db.password");
        }
        return config;
    }

    private static Database server(String name) {
        return new Database(serverUrl(name), System.getProperty("db.username"), System.getProperty("db.password"));
    }

    private static String serverUrl(String name) {
        String url = System.getProperty("db.url");
        return DB.equals("postgres") ? url + "?ApplicationName=workbench-pool-test-" + name : url;
    }

    private static long connectionsOf(Database observer, String namePrefix) {
        return observer.queryOne("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name LIKE ?", row -> row.getLong(1),
                "workbench-pool-test-" + namePrefix + "%").orElseThrow();
    }

    private static String connectionIdFunction() {
        return switch (DB) {
            case "postgres" -> "pg_backend_pid()";
            case "mariadb" -> "CONNECTION_ID()";
            default -> "SESSION_ID()";
        };
    }

    private static int get(WorkbenchClient client, String path, String cookie) {
        try {
            return client.get(path, cookie).statusCode();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private static List<String> poolThreads(List<String> pools) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> pools.stream().anyMatch(pool -> name.startsWith(pool + " "))).toList();
    }

    /** WB_* and the workbench's AO tables; those another references fail until it is gone, so rounds repeat. */
    private static void dropWorkbenchTables(Database database) {
        String aoPrefix = ActiveObjectsFactory.tablePrefix("jp.jobcoach.workspace");
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String upper = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (upper.startsWith("WB_") || upper.startsWith(aoPrefix)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        List<String> left = new ArrayList<>(tables);
        for (int round = 0; round < tables.size() && !left.isEmpty(); round++) {
            left.removeIf(table -> {
                try {
                    database.update("DROP TABLE " + table);
                    return true;
                } catch (Database.WorkbenchSqlFailure referenced) {
                    return false;
                }
            });
        }
        assertEquals("tables left", List.of(), left);
    }
}
