package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/** Declares Atlassian Cache's settings builder, with the real checks, so caches are set up alike on both hosts. */
public class CacheSettingsBuilder {

    private Long expireAfterWrite;
    private Integer maxEntries;
    private Boolean local;
    private Boolean replicateViaCopy;

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        if (expireAfter < 0) {
            throw new IllegalArgumentException("expireAfter must not be negative: " + expireAfter);
        }
        expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be greater than 0: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    /** Shared across the cluster. */
    public CacheSettingsBuilder remote() {
        local = false;
        return this;
    }

    /** Other nodes drop their entry on a change instead of receiving a copy. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        replicateViaCopy = false;
        return this;
    }

    public CacheSettings build() {
        return new Settings(expireAfterWrite, maxEntries, local, replicateViaCopy);
    }

    private static final class Settings implements CacheSettings {

        private final Long expireAfterWrite;
        private final Integer maxEntries;
        private final Boolean local;
        private final Boolean replicateViaCopy;

        Settings(Long expireAfterWrite, Integer maxEntries, Boolean local, Boolean replicateViaCopy) {
            this.expireAfterWrite = expireAfterWrite;
            this.maxEntries = maxEntries;
            this.local = local;
            this.replicateViaCopy = replicateViaCopy;
        }

        @Override
        public Long getExpireAfterWrite() {
            return expireAfterWrite;
        }

        @Override
        public Integer getMaxEntries() {
            return maxEntries;
        }

        @Override
        public Boolean getLocal() {
            return local;
        }

        @Override
        public Boolean getReplicateViaCopy() {
            return replicateViaCopy;
        }
    }
}
