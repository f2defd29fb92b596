package jp.jobcoach.workbench.ao;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import jp.jobcoach.workbench.db.Database;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * An AO EntityManager over the workbench's connection pool, named as the Atlassian AO plugin names things:
 * AO_xxxxxx_ tables, upper-case columns. AO's own builder opens a connection per statement or brings its own
 * pool; like Confluence's AO plugin, this one hands AO the host's data source instead.
 */
public final class ActiveObjectsFactory {
    private ActiveObjectsFactory() {
    }

    public static EntityManagerActiveObjects create(Database database, String namespace) {
        // The pool belongs to the Database, which closes it with the workbench; AO disposing its provider must not.
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(database.dataSource(), () -> { });
        DatabaseProvider provider = switch (database.kind()) {
            case POSTGRES -> new PostgreSQLDatabaseProvider(dataSource, "public");
            case MYSQL -> new MySQLDatabaseProvider(dataSource);
            case H2 -> new H2DatabaseProvider(dataSource, null);
        };
        return new EntityManagerActiveObjects(new EntityManager(provider, new AtlassianNaming(tablePrefix(namespace))));
    }

    /** What AO's builder configures with the Atlassian converters: a strong cache and the default schema rules. */
    private record AtlassianNaming(String tablePrefix) implements EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return new SimpleNameConverters(new AtlassianTableNameConverter(name -> tablePrefix + name), new AtlassianFieldNameConverter(),
                    new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter());
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }

    /** "AO_" and six hex digits derived from the namespace, so the tables look like production's. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest)).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
