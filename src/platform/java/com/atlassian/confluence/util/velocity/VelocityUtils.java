package com.atlassian.confluence.util.velocity;

import java.util.Map;

/**
 * Declares Confluence's static Velocity helper so plugin code compiles without Confluence jars. Only a real host
 * renders with it: the workbench renders through {@code TemplateRenderer}, so here
 * {@link #getRenderedTemplate} renders nothing (as Confluence does after logging an error) and
 * {@link #getRenderedTemplateWithoutSwallowingErrors} refuses.
 */
@Deprecated(since = "8.7", forRemoval = true)
public class VelocityUtils {

    public static String getRenderedTemplate(String templateName, Map<?, ?> context) {
        return "";
    }

    public static String getRenderedTemplateWithoutSwallowingErrors(String templateName, Map<String, Object> context)
            throws Exception {
        throw new UnsupportedOperationException("VelocityUtils renders only inside Confluence: " + templateName);
    }
}
