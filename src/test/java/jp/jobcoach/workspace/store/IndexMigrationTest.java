package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.jobcoach.workspace.testhost.TestHost;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The composite indexes declared with {@code @Indexes} exist in the database, and an install made before them
 * gets them from the migration Active Objects runs at every plugin start (no upgrade task needed): the test drops
 * them, or gives one fewer columns, migrates, and reads the indexes back through JDBC's
 * {@link DatabaseMetaData#getIndexInfo}.
 */
public class IndexMigrationTest extends StoreTestSupport {
    /** AO's index names as the database stores them (H2 keeps them in upper case), by AO's name. */
    private final Map<String, String> storedNames = new HashMap<>();

    @Test
    public void everyDeclaredIndexExists() throws SQLException {
        List<Declared> declared = declared();
        assertFalse(declared.isEmpty());
        for (Declared index : declared) {
            assertEquals(index.toString(), List.of(index.columns()), columnsOf(index));
        }
    }

    @Test
    @NonTransactional
    public void migratingAnInstallWithoutTheIndexesCreatesThem() throws SQLException {
        List<Declared> declared = declared();
        for (Declared index : declared) {
            drop(index);
        }
        Declared comments = declared.stream().filter(index -> index.table().endsWith("TL_COMMENT")).findFirst().orElseThrow();
        // as released before: (CASE_ID, CREATED_AT), under the same name
        ddl("CREATE INDEX " + quoted(storedNames.get(comments.name())) + " ON " + table(comments) + " ("
                + quoted(comments.columns()[0]) + ", " + quoted(comments.columns()[1]) + ")");

        ao.migrate(TestHost.aoEntities());

        for (Declared index : declared) {
            assertEquals(index.toString(), List.of(index.columns()), columnsOf(index));
        }
    }

    /** An index as the entities declare it, with AO's names for it, its table and its columns. */
    private record Declared(String table, String name, String[] columns) {
        @Override
        public String toString() {
            return table + "." + name + Arrays.toString(columns);
        }
    }

    private List<Declared> declared() {
        List<Declared> declared = new ArrayList<>();
        var names = entityManager.getNameConverters();
        for (Class<? extends RawEntity<?>> entity : TestHost.aoEntities()) {
            Indexes indexes = entity.getAnnotation(Indexes.class);
            if (indexes == null) {
                continue;
            }
            String table = names.getTableNameConverter().getName(entity);
            for (Index index : indexes.value()) {
                String[] columns = Arrays.stream(index.methodNames())
                        .map(method -> names.getFieldNameConverter().getName(method(entity, method))).toArray(String[]::new);
                declared.add(new Declared(table, names.getIndexNameConverter().getName(table, index.name()), columns));
            }
        }
        return declared;
    }

    private static Method method(Class<?> entity, String name) {
        try {
            return entity.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(entity.getSimpleName() + " has no " + name, e);
        }
    }

    /** The index's columns in key order, read from the database; empty when there is no such index. */
    private List<String> columnsOf(Declared index) throws SQLException {
        return new ArrayList<>(found(index).values());
    }

    /** The declared index as the database holds it: its name as stored (AO's case) and its columns by position. */
    private Map<Integer, String> found(Declared index) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        try (Connection connection = provider.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<Integer, String> columns = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(connection.getCatalog(), provider.getSchema(), index.table(), false, false)) {
                while (rows.next()) {
                    if (index.name().equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        columns.put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase());
                        storedNames.put(index.name(), rows.getString("INDEX_NAME"));
                    }
                }
            }
            return columns;
        }
    }

    private void drop(Declared index) throws SQLException {
        found(index);
        String name = quoted(storedNames.get(index.name()));
        ddl("DROP INDEX " + (isMySql() ? name + " ON " + table(index) : schemaPrefix() + name));
    }

    private String table(Declared index) {
        return schemaPrefix() + quoted(index.table());
    }

    private String schemaPrefix() {
        String schema = entityManager.getProvider().getSchema();
        return schema == null || schema.isEmpty() ? "" : quoted(schema) + ".";
    }

    private String quoted(String identifier) {
        return isMySql() ? "`" + identifier + "`" : '"' + identifier + '"';
    }

    private boolean isMySql() {
        return entityManager.getProvider().getClass().getSimpleName().toLowerCase().contains("mysql");
    }

    private void ddl(String sql) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
