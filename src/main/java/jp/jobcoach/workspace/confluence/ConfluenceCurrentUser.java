package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
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
    private final UserManager userManager;
    private final LocaleManager locales;

    @Inject
    public ConfluenceCurrentUser(@ComponentImport UserManager userManager, @ComponentImport LocaleManager locales) {
        this.userManager = userManager;
        this.locales = locales;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    /** The language of the user's profile, else the site's (Confluence's locale manager decides, as for its own UI). */
    @Override
    public Locale locale() {
        return locales.getLocale(AuthenticatedUserThreadLocal.get());
    }

    @Override
    public boolean isAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && (userManager.isAdmin(key) || userManager.isSystemAdmin(key));
    }
}
