package jp.jobcoach.workbench.ao;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import jp.jobcoach.workbench.db.Database;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/** An AO EntityManager named as the Atlassian AO plugin names things: AO_xxxxxx_ tables, upper-case columns. */
public final class ActiveObjectsFactory {
    private ActiveObjectsFactory() {
    }

    public static EntityManagerActiveObjects create(Database database, String namespace) {
        String prefix = tablePrefix(namespace);
        EntityManager entityManager = EntityManagerBuilder.url(database.url()).username(database.user())
                .password(database.password()).schema(database.kind() == Database.Kind.POSTGRES ? "public" : null).none()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        return new EntityManagerActiveObjects(entityManager);
    }

    /** "AO_" and six hex digits derived from the namespace, so the tables look like production's. */
    static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest)).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
