package jp.jobcoach.workbench.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheFactory;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Node-local caches honouring expireAfterWrite and maxEntries (least recently used goes first). Nothing is shared
 * between processes, so a second workbench node sees stale entries only until they expire: the plugin must not
 * rely on more than that, as in a real cluster with local caches.
 */
public final class LocalCacheFactory implements CacheFactory {
    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public LocalCacheFactory(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, ignored -> new LocalCache<>(loader, settings, clock));
    }

    private static final class LocalCache<K, V> implements Cache<K, V> {
        private record Entry<V>(V value, long writtenAt) {
        }

        private final CacheLoader<K, V> loader;
        private final Long expireAfterWrite;
        private final Map<K, Entry<V>> entries;
        private final LongSupplier clock;

        LocalCache(CacheLoader<K, V> loader, CacheSettings settings, LongSupplier clock) {
            this.loader = loader;
            this.expireAfterWrite = settings.getExpireAfterWrite();
            this.clock = clock;
            Integer max = settings.getMaxEntries();
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                    return max != null && size() > max;
                }
            };
        }

        @Override
        public synchronized V get(K key) {
            Entry<V> entry = entries.get(key);
            if (entry != null && !expired(entry)) {
                return entry.value();
            }
            entries.remove(key);
            V loaded = loader == null ? null : loader.load(key);
            if (loaded != null) {
                put(key, loaded);
            }
            return loaded;
        }

        private boolean expired(Entry<V> entry) {
            return expireAfterWrite != null && clock.getAsLong() - entry.writtenAt() >= expireAfterWrite;
        }

        @Override
        public synchronized void put(K key, V value) {
            entries.put(key, new Entry<>(value, clock.getAsLong()));
        }

        @Override
        public synchronized void remove(K key) {
            entries.remove(key);
        }

        @Override
        public synchronized void removeAll() {
            entries.clear();
        }
    }
}
