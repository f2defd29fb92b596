package jp.jobcoach.workbench.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL's I18nResolver over the plugin's bundles (the descriptor's i18n resources) in the current user's locale.
 * Like Confluence it shows the key itself when a text is missing, and never falls back to the JVM's locale.
 */
public final class BundleI18nResolver implements I18nResolver {
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final List<String> bundleNames;

    public BundleI18nResolver(List<String> bundleNames) {
        this.bundleNames = List.copyOf(bundleNames);
    }

    @Override
    public String getText(String key) {
        return getText(currentLocale(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(currentLocale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String raw = raw(locale, key);
        return raw == null ? key : new MessageFormat(raw, locale).format(arguments);
    }

    @Override
    public String getRawText(String key) {
        String raw = raw(currentLocale(), key);
        return raw == null ? key : raw;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (ResourceBundle bundle : bundles(currentLocale())) {
            bundle.keySet().stream().filter(key -> key.startsWith(prefix)).sorted()
                    .forEach(key -> translations.putIfAbsent(key, bundle.getString(key)));
        }
        return translations;
    }

    public static Locale currentLocale() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user instanceof WorkbenchUser workbenchUser ? workbenchUser.locale() : Locale.ENGLISH;
    }

    private String raw(Locale locale, String key) {
        for (ResourceBundle bundle : bundles(locale)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    private List<ResourceBundle> bundles(Locale locale) {
        return bundleNames.stream().map(name -> bundle(name, locale)).filter(java.util.Objects::nonNull).toList();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, BundleI18nResolver.class.getClassLoader(), NO_JVM_LOCALE_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
