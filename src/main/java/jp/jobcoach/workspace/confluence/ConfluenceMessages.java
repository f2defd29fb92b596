package jp.jobcoach.workspace.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.Messages;

/** The plugin's bundles through SAL. */
@Named
public class ConfluenceMessages implements Messages {
    private final I18nResolver i18n;

    @Inject
    public ConfluenceMessages(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(Locale locale, String key, Serializable... args) {
        return i18n.getText(locale, key, args);
    }
}
