package jp.jobcoach.workspace.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Locale;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.CurrentUser;

/** The SAL user of the current request. */
@Named
public class ConfluenceCurrentUser implements CurrentUser {
    /** Each bundle names its own language under this key; the resolver picks the user's bundle. */
    static final String LOCALE_KEY = "jobcoach.locale";

    private final UserManager userManager;
    private final I18nResolver i18n;

    @Inject
    public ConfluenceCurrentUser(@ComponentImport UserManager userManager, @ComponentImport I18nResolver i18n) {
        this.userManager = userManager;
        this.i18n = i18n;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    /**
     * The declared SAL API has no locale lookup; the resolver already answers in the user's language, so the
     * bundle that answers tells which language that is.
     */
    @Override
    public Locale locale() {
        return Locale.forLanguageTag(i18n.getText(LOCALE_KEY));
    }

    @Override
    public boolean isAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && (userManager.isAdmin(key) || userManager.isSystemAdmin(key));
    }
}
