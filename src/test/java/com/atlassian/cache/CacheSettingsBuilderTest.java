package com.atlassian.cache;

import org.junit.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class CacheSettingsBuilderTest {

    @Test
    public void unsetValuesAreNull() {
        CacheSettings settings = new CacheSettingsBuilder().build();
        assertNull(settings.getExpireAfterWrite());
        assertNull(settings.getMaxEntries());
        assertNull(settings.getLocal());
        assertNull(settings.getReplicateViaCopy());
    }

    @Test
    public void keepsWhatWasSet() {
        CacheSettings settings = new CacheSettingsBuilder()
                .expireAfterWrite(5, TimeUnit.MINUTES)
                .maxEntries(500)
                .remote()
                .replicateViaInvalidation()
                .build();
        assertEquals(Long.valueOf(300_000L), settings.getExpireAfterWrite());
        assertEquals(Integer.valueOf(500), settings.getMaxEntries());
        assertFalse(settings.getLocal());
        assertFalse(settings.getReplicateViaCopy());
    }

    @Test
    public void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new CacheSettingsBuilder().maxEntries(0));
        assertThrows(IllegalArgumentException.class,
                () -> new CacheSettingsBuilder().expireAfterWrite(-1, TimeUnit.SECONDS));
    }
}
