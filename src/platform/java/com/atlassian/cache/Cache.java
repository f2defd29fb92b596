package com.atlassian.cache;

/** Declares the part of Atlassian's cache the plugin uses; the workbench implements it. */
public interface Cache<K, V> {

    /** The value, loaded by the cache's loader when missing. */
    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
