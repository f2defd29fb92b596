package jp.jobcoach.workbench;

import java.nio.file.Path;
import java.nio.file.Paths;

/** How one workbench process starts. Mutable on purpose: the command line and the tests fill it field by field. */
public final class WorkbenchConfig {
    public int port = 1990;
    public String bind = "127.0.0.1";
    public Path dataDir = Paths.get("workbench-data");
    public boolean reset;
    /** Null means the embedded H2 file database in {@link #dataDir}. */
    public String dbUrl;
    public String dbUser = "";
    public String dbPassword = "";
    /** Classpath resource of the plugin descriptor; the Spring Scanner index is read beside it. */
    public String descriptor = "atlassian-plugin.xml";
    /** Demo users, space and pages are created when the workbench tables are new. */
    public boolean seedDemo = true;
    /** Whether an outgoing mail server is set up; without one ({@code --no-mail-server}) mail goes nowhere, as in Confluence. */
    public boolean mailServer = true;

    /** A config for tests: free port, private in-memory H2, no data folder. */
    public static WorkbenchConfig inMemory(String name) {
        WorkbenchConfig config = new WorkbenchConfig();
        config.port = 0;
        config.dbUrl = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        config.dbUser = "sa";
        return config;
    }

    String effectiveDbUrl() {
        if (dbUrl != null) {
            return dbUrl;
        }
        // WRITE_DELAY=0: every commit reaches the file at once, so killing the process loses nothing committed.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("h2/workbench") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1";
    }

    String effectiveDbUser() {
        return dbUrl == null ? "sa" : dbUser;
    }
}
