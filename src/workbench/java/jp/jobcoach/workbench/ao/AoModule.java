package jp.jobcoach.workbench.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.plugin.PluginDescriptor;
import org.w3c.dom.Element;

/**
 * What the AO plugin does for an {@code <ao>} module at start: migrate the entities, then run the upgrade tasks
 * newer than the recorded model version, in version order, recording each in WB_AO_VERSION.
 */
public final class AoModule {
    private final Database database;
    private final PluginDescriptor descriptor;

    public AoModule(Database database, PluginDescriptor descriptor) {
        this.database = database;
        this.descriptor = descriptor;
    }

    /** The namespace of the first {@code <ao>} module (Confluence allows one per plugin), else the plugin key. */
    public String namespace() {
        List<Element> modules = descriptor.modules("ao");
        String namespace = modules.isEmpty() ? "" : modules.get(0).getAttribute("namespace");
        return namespace.isEmpty() ? descriptor.pluginKey() : namespace;
    }

    /**
     * Upgrades, then migrates, in Active Objects' order: each upgrade task newer than the stored model version runs
     * on the schema as it was and migrates the entities it needs itself; then the schema follows the descriptor.
     * Upgrade task classes are made by the caller (the plugin container).
     */
    public void migrateAndUpgrade(ActiveObjects ao, Function<Class<?>, Object> makeUpgradeTask) {
        List<ActiveObjectsUpgradeTask> tasks = upgradeTaskClasses().stream()
                .map(type -> (ActiveObjectsUpgradeTask) makeUpgradeTask.apply(type))
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion)).toList();
        for (ActiveObjectsUpgradeTask task : tasks) {
            ModelVersion current = currentVersion();
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                recordVersion(task.getModelVersion());
            }
        }
        ao.migrate(descriptor.aoEntities());
    }

    private List<Class<?>> upgradeTaskClasses() {
        return descriptor.modules("ao").stream()
                .flatMap(ao -> PluginDescriptor.childTexts(ao, "upgradeTask").stream())
                .<Class<?>>map(PluginDescriptor::load).toList();
    }

    public ModelVersion currentVersion() {
        return database.queryOne("SELECT MODEL_VERSION FROM WB_AO_VERSION WHERE NAMESPACE = ?", row -> row.getString(1), namespace())
                .map(ModelVersion::valueOf).orElse(ModelVersion.valueOf("0"));
    }

    private void recordVersion(ModelVersion version) {
        if (!database.insertIfAbsent("INSERT INTO WB_AO_VERSION (NAMESPACE, MODEL_VERSION) VALUES (?, ?)", namespace(), version.toString())) {
            database.update("UPDATE WB_AO_VERSION SET MODEL_VERSION = ? WHERE NAMESPACE = ?", version.toString(), namespace());
        }
    }
}
