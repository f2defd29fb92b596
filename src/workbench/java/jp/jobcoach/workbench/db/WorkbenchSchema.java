package jp.jobcoach.workbench.db;

import java.util.List;

/**
 * The workbench's own state (spaces, pages, restrictions, comments, sessions, job claims, locks, inbox) in WB_*
 * tables beside the plugin's AO tables, created with plain JDBC in SQL that H2, PostgreSQL and MySQL all accept.
 */
public final class WorkbenchSchema {
    /** Version 2: the inbox holds mail as queued (it held notifications with a link before). */
    private static final int VERSION = 2;
    private static final String INBOX = "CREATE TABLE WB_INBOX (ID BIGINT PRIMARY KEY, RECIPIENT VARCHAR(64) NOT NULL,"
            + " ADDRESS VARCHAR(255) NOT NULL, SUBJECT VARCHAR(255) NOT NULL, BODY TEXT NOT NULL, MIME_TYPE VARCHAR(64) NOT NULL,"
            + " ENCODING VARCHAR(32) NOT NULL, LANGUAGE VARCHAR(16) NOT NULL, CREATED BIGINT NOT NULL)";
    private static final List<String> TABLES = List.of(
            "CREATE TABLE WB_SPACE (SPACE_KEY VARCHAR(64) PRIMARY KEY, NAME VARCHAR(255) NOT NULL, HOME_PAGE_ID BIGINT)",
            "CREATE TABLE WB_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(64) NOT NULL, PARENT_ID BIGINT,"
                    + " TITLE VARCHAR(255) NOT NULL, BODY TEXT NOT NULL, VERSION INT NOT NULL, CREATOR VARCHAR(64),"
                    + " CREATED BIGINT NOT NULL, MODIFIED BIGINT NOT NULL)",
            "CREATE TABLE WB_RESTRICTION (PAGE_ID BIGINT NOT NULL, KIND VARCHAR(8) NOT NULL, USERNAME VARCHAR(64) NOT NULL,"
                    + " PRIMARY KEY (PAGE_ID, KIND, USERNAME))",
            "CREATE TABLE WB_COMMENT (ID BIGINT PRIMARY KEY, PAGE_ID BIGINT NOT NULL, AUTHOR VARCHAR(64) NOT NULL,"
                    + " BODY TEXT NOT NULL, CREATED BIGINT NOT NULL)",
            "CREATE TABLE WB_ID (NAME VARCHAR(32) PRIMARY KEY, NEXT_ID BIGINT NOT NULL)",
            "CREATE TABLE WB_SESSION (TOKEN VARCHAR(64) PRIMARY KEY, USERNAME VARCHAR(64) NOT NULL, CREATED BIGINT NOT NULL)",
            "CREATE TABLE WB_JOB (JOB_ID VARCHAR(255) PRIMARY KEY, RUNNER_KEY VARCHAR(255) NOT NULL,"
                    + " CRON VARCHAR(255), TIME_ZONE VARCHAR(64), INTERVAL_MS BIGINT NOT NULL, FIRST_RUN BIGINT NOT NULL,"
                    + " NEXT_RUN BIGINT NOT NULL, PARAMETERS TEXT NOT NULL)",
            "CREATE TABLE WB_LOCK (NAME VARCHAR(255) PRIMARY KEY, OWNER VARCHAR(128) NOT NULL, ACQUIRED BIGINT NOT NULL)",
            INBOX,
            "CREATE TABLE WB_AO_VERSION (NAMESPACE VARCHAR(255) PRIMARY KEY, MODEL_VERSION VARCHAR(32) NOT NULL)");

    private WorkbenchSchema() {
    }

    /**
     * Creates the tables unless they exist, else brings an older data folder's tables up to date; true when they were
     * created now, i.e. the database is new.
     */
    public static boolean createIfMissing(Database database) {
        if (database.tableExists("WB_SCHEMA")) {
            upgrade(database);
            return false;
        }
        TABLES.forEach(database::update);
        database.update("CREATE TABLE WB_SCHEMA (VERSION INT PRIMARY KEY)");
        database.update("INSERT INTO WB_SCHEMA (VERSION) VALUES (?)", VERSION);
        return true;
    }

    /**
     * From version 1, the inbox is made anew: its old notifications are a development workbench's and are dropped.
     * The version is claimed first, so of two processes starting on one database only one does it.
     */
    private static void upgrade(Database database) {
        if (database.update("UPDATE WB_SCHEMA SET VERSION = ? WHERE VERSION = 1", VERSION) == 1) {
            database.update("DROP TABLE WB_INBOX");
            database.update(INBOX);
        }
    }

    /** Ids from a counter row, claimed with a compare-and-set so two processes never get the same one. */
    public static long nextId(Database database, String sequence) {
        while (true) {
            long current = database.queryOne("SELECT NEXT_ID FROM WB_ID WHERE NAME = ?", row -> row.getLong(1), sequence)
                    .orElse(0L);
            if (current == 0L) {
                database.insertIfAbsent("INSERT INTO WB_ID (NAME, NEXT_ID) VALUES (?, ?)", sequence, 1L);
                continue;
            }
            if (database.update("UPDATE WB_ID SET NEXT_ID = ? WHERE NAME = ? AND NEXT_ID = ?", current + 1, sequence, current) == 1) {
                return current;
            }
        }
    }
}
