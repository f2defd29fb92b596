package com.atlassian.cache;

/** Declares Atlassian Cache's loader, which fills a cache on a miss. */
public interface CacheLoader<K, V> {

    V load(K key);
}
