package com.atlassian.cache;

/**
 * Declares Atlassian Cache's settings, built by {@link CacheSettingsBuilder}, so the workbench can honour them.
 * A null value means "not set": the host's default applies.
 */
public interface CacheSettings {

    Long getExpireAfterWrite();

    Integer getMaxEntries();

    Boolean getLocal();

    Boolean getReplicateViaCopy();
}
