package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * {@link ActiveObjects} that counts the rows it hands to the stores: each entity found, streamed or got, and one
 * per count. Every store reads through these calls (the entities are {@code @Preload}ed, so reading a field
 * issues no query of its own; a lazy reload would show as a statement in the statement counts), so the count is
 * what a read costs in rows, beside what it costs in statements.
 */
public final class RowCountingActiveObjects implements ActiveObjects {
    private final ActiveObjects delegate;
    private final AtomicLong rows = new AtomicLong();

    public RowCountingActiveObjects(ActiveObjects delegate) {
        this.delegate = delegate;
    }

    /** Rows read so far. */
    public long rowsRead() {
        return rows.get();
    }

    private <T> T[] counted(T[] found) {
        rows.addAndGet(found.length);
        return found;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return counted(delegate.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        T row = delegate.get(type, key);
        rows.addAndGet(row == null ? 0 : 1);
        return row;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return counted(delegate.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return counted(delegate.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return counted(delegate.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return counted(delegate.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return counted(delegate.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> callback) {
        delegate.stream(type, row -> {
            rows.incrementAndGet();
            callback.onRowRead(row);
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        delegate.stream(type, query, row -> {
            rows.incrementAndGet();
            callback.onRowRead(row);
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        rows.incrementAndGet();
        return delegate.count(type);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        rows.incrementAndGet();
        return delegate.count(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        rows.incrementAndGet();
        return delegate.count(type, query);
    }

    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws SQLException, FailedFastCountException {
        rows.incrementAndGet();
        return delegate.getFastCountEstimate(type);
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return delegate.moduleMetaData();
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        delegate.migrate(entities);
    }

    @Override
    public void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        delegate.migrateDestructively(entities);
    }

    @Override
    public void flushAll() {
        delegate.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        delegate.flush(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return delegate.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return delegate.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        delegate.create(type, rows);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return delegate.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return delegate.executeInTransaction(callback);
    }
}
