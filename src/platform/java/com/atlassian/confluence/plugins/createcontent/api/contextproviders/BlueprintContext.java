package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Declaration of Confluence's blueprint context (only the members PLATFORM-API.md lists): the wizard's form
 * fields and the template variables in one map, plus the space the page is created in and its title.
 *
 * <p>A value class that tests and the workbench execute, so it behaves as a map. Where the real class keeps the
 * space key and the title is its own business; plugin code only calls these four methods, and the workbench
 * subclasses it to supply the space and read the title back.
 */
public class BlueprintContext {
    private final Map<String, Object> values = new HashMap<>();

    public Object get(String key) {
        return values.get(key);
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** The space the page is created in; null in this declaration, where no host has set one. */
    public String getSpaceKey() {
        Object spaceKey = values.get("spaceKey");
        return spaceKey == null ? null : spaceKey.toString();
    }

    /** The new page's title; hosts override this to take it (the workbench does), the declaration keeps nothing. */
    public void setTitle(String title) {
        // a host that creates pages overrides this
    }
}
