package com.atlassian.cache;

/** Declares the part of Atlassian Cache the plugin uses, so caches go through the host; the workbench implements it. */
public interface CacheFactory {

    /** The cache with this name, created on first use; the loader fills misses. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
