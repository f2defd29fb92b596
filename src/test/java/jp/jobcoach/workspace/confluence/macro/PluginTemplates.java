package jp.jobcoach.workspace.confluence.macro;

import jp.jobcoach.workbench.plugin.PluginDescriptor;
import jp.jobcoach.workbench.render.VelocityTemplateRenderer;
import jp.jobcoach.workspace.confluence.ConfluenceTemplates;
import jp.jobcoach.workspace.port.Templates;

/**
 * The plugin's templates as views render them in tests: the plugin's own adapter over the workbench's template
 * renderer, which escapes, allow-lists and refuses undefined references as Confluence 9 (or more strictly).
 */
public final class PluginTemplates {
    public static final Templates INSTANCE = new ConfluenceTemplates(
            new VelocityTemplateRenderer(PluginDescriptor.fromClasspath().velocityAllowlist()));

    private PluginTemplates() {
    }
}
