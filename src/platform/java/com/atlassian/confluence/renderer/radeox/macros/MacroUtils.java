package com.atlassian.confluence.renderer.radeox.macros;

import java.util.HashMap;
import java.util.Map;

/**
 * Declares Confluence's helper for Velocity contexts so plugin code compiles without Confluence jars. Confluence
 * fills the map with its standard helpers; this stand-in returns an empty, modifiable map.
 */
public final class MacroUtils {

    private MacroUtils() {
    }

    public static Map<String, Object> defaultVelocityContext() {
        return new HashMap<>();
    }
}
