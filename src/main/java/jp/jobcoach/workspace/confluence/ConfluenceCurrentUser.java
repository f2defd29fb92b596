package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.time.ZoneId;
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
    private final TimeZoneManager timeZones;

    @Inject
    public ConfluenceCurrentUser(@ComponentImport UserManager userManager, @ComponentImport LocaleManager locales,
                                 @ComponentImport TimeZoneManager timeZones) {
        this.userManager = userManager;
        this.locales = locales;
        this.timeZones = timeZones;
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

    /** The zone of the user's profile, else the site's (SAL decides, as Confluence's own pages do). */
    @Override
    public ZoneId zone() {
        return timeZones.getUserTimeZone().toZoneId();
    }

    @Override
    public boolean isAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && (userManager.isAdmin(key) || userManager.isSystemAdmin(key));
    }
}
