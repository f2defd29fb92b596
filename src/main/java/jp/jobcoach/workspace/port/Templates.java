package jp.jobcoach.workspace.port;

import java.util.Map;

/**
 * Renders the plugin's Velocity templates ({@code src/main/resources/templates}) through the host's template
 * renderer, which HTML-escapes every inserted value that is not HTML-safe by Atlassian's rules.
 */
public interface Templates {
    /**
     * @param template the template's classpath name, e.g. {@code templates/jobcoach/team.vm}
     * @param context  what the template reads: Strings, Numbers, Booleans, Lists and Maps of them, and the
     *                 allow-listed tools of {@code web/view} (decision #10)
     */
    String render(String template, Map<String, Object> context);
}
