package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One of the plugin's site-wide settings, such as the retention period of closed cases. SAL's PluginSettings is not
 * among the declared platform API (docs/platform-api.md), and a row here is cluster-wide and transactional.
 */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {
    @NotNull
    @Unique
    String getSettingKey();
    void setSettingKey(String settingKey);

    String getSettingValue();
    void setSettingValue(String settingValue);
}
