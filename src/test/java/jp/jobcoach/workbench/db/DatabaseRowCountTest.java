package jp.jobcoach.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The pool counts the rows result sets hand out, whichever way a statement was made, and nothing for writes. */
public class DatabaseRowCountTest {
    private Database database;

    @Before
    public void fiveRows() {
        database = new Database("jdbc:h2:mem:row-count;DB_CLOSE_DELAY=-1", "sa", "");
        database.update("CREATE TABLE T (ID INT PRIMARY KEY, NAME VARCHAR(20))");
        for (int i = 1; i <= 5; i++) {
            database.update("INSERT INTO T (ID, NAME) VALUES (?, ?)", i, "row " + i);
        }
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void aQueryCountsTheRowsItReturnsAndAWriteNone() {
        long before = database.rowsRead();
        assertEquals(3, database.query("SELECT NAME FROM T WHERE ID <= 3 ORDER BY ID", row -> row.getString(1)).size());
        assertEquals(3, database.rowsRead() - before);
        database.update("UPDATE T SET NAME = 'x' WHERE ID = 1");
        assertEquals(3, database.rowsRead() - before);
        assertTrue(database.queryOne("SELECT NAME FROM T WHERE ID = 99", row -> row.getString(1)).isEmpty());
        assertEquals(3, database.rowsRead() - before);
    }

    @Test
    public void theDataSourceCountsPreparedAndPlainStatementsAsAoUsesThem() throws Exception {
        long before = database.rowsRead();
        long statementsBefore = database.statementCount();
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT ID FROM T WHERE ID > ?")) {
                statement.setInt(1, 1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getInt(1);
                    }
                    // a next() past the end finds no row and counts none
                    assertFalse(rows.next());
                }
            }
            try (Statement statement = connection.createStatement()) {
                assertTrue(statement.execute("SELECT ID FROM T WHERE ID = 5"));
                try (ResultSet rows = statement.getResultSet()) {
                    assertTrue(rows.next());
                }
            }
        }
        assertEquals(4 + 1, database.rowsRead() - before);
        assertEquals(2, database.statementCount() - statementsBefore);
    }
}
