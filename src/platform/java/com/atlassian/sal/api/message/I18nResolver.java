package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Declares the part of SAL's message lookup the plugin uses; the workbench implements it over the bundles. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    /** The message without argument formatting. */
    String getRawText(String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);
}
