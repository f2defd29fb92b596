package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/**
 * Declares Confluence's locale lookup (component {@code localeManager}): the user's language from their profile,
 * else the site's default language. Only this method is declared; the real interface has more.
 */
public interface LocaleManager {

    /** @param user null for an anonymous visitor, who gets the site's default */
    Locale getLocale(User user);
}
