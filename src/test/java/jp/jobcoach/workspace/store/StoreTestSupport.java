package jp.jobcoach.workspace.store;

import jp.jobcoach.workspace.testhost.TestHost;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.experimental.categories.Category;
import org.junit.runner.RunWith;

/**
 * Base of every Active Objects test: the real AO runner, on the database chosen with
 * {@code -Djobcoach.db=h2|postgres|mariadb} (see pom.xml), with the production-like {@code AO_000000_}
 * table prefix and its 30-character limit, and the schema of every entity the descriptor declares.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters
@Data(StoreTestSupport.DescriptorSchema.class)
@Category(DatabaseTest.class)
public abstract class StoreTestSupport {
    /** Set by the runner before each test. */
    protected EntityManager entityManager;
    /** The stores' AO; it counts the rows it reads (see {@link RowCountingActiveObjects}). */
    protected RowCountingActiveObjects ao;

    @Before
    public final void wrapEntityManager() {
        ao = new RowCountingActiveObjects(TestHost.activeObjects(entityManager));
    }

    /** For tests that commit ({@code @NonTransactional}): committed rows would outlive the test. */
    protected void emptyEveryTable() {
        for (Class<? extends RawEntity<?>> entity : TestHost.aoEntities()) {
            deleteAll(entity);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class entity) {
        ao.deleteWithSQL(entity, "ID > ?", 0);
    }

    /** Creates the tables of all entities in atlassian-plugin.xml's {@code <ao>} module. */
    public static final class DescriptorSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrateDestructively(TestHost.aoEntities());
        }
    }
}
