package jp.jobcoach.workspace.testhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import jp.jobcoach.workbench.ao.EntityManagerActiveObjects;
import jp.jobcoach.workbench.plugin.PluginDescriptor;
import jp.jobcoach.workbench.render.VelocityTemplateRenderer;
import jp.jobcoach.workspace.confluence.ConfluenceTemplates;
import jp.jobcoach.workspace.port.Templates;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * What the plugin's own tests borrow from the workbench, in one place (ArchitectureTest lets no other plugin test
 * import it): Active Objects over AO's EntityManager as Confluence runs it, the entities of the descriptor's
 * {@code <ao>} module, and the template renderer that escapes, allow-lists and refuses undefined references as
 * Confluence 9 does (or more strictly).
 */
public final class TestHost {
    /** The plugin's templates through the plugin's own adapter, as macros render them. */
    public static final Templates TEMPLATES = new ConfluenceTemplates(
            new VelocityTemplateRenderer(PluginDescriptor.fromClasspath().velocityAllowlist()));

    private TestHost() {
    }

    public static ActiveObjects activeObjects(EntityManager entityManager) {
        return new EntityManagerActiveObjects(entityManager);
    }

    public static Class<? extends RawEntity<?>>[] aoEntities() {
        return PluginDescriptor.fromClasspath().aoEntities();
    }
}
