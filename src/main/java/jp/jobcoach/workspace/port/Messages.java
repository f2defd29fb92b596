package jp.jobcoach.workspace.port;

import java.io.Serializable;
import java.util.Locale;

/** Translated text from the plugin's bundles. */
public interface Messages {
    /** The message for {@code key} in {@code locale}, with {@code MessageFormat} arguments filled in. */
    String text(Locale locale, String key, Serializable... args);
}
