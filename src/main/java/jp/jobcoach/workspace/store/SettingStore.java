package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The plugin's site-wide settings, one row each (store/SettingEntity). */
@Named
public class SettingStore {
    /** The retention period of closed cases, in years (domain/Retention). */
    public static final String RETENTION_YEARS = "retention.years";

    private final ActiveObjects ao;

    @Inject
    public SettingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<String> get(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    public void put(String key, String value) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        if (rows.length == 0) {
            ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key), new DBParam("SETTING_VALUE", value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }
}
