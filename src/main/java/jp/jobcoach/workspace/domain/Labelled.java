package jp.jobcoach.workspace.domain;

import java.util.Locale;

/**
 * Something shown to users by a translated label. Enums implement it so that a message argument can be an
 * enum constant and still reach the user in their language (see {@link FieldError#messageArgs}).
 */
public interface Labelled {

    /** The i18n key of the label, e.g. {@code jobcoach.role.center-coach}. */
    String i18nKey();

    /**
     * The key convention of enum labels: {@code IN_COMPANY_COACH} under {@code jobcoach.role.} becomes
     * {@code jobcoach.role.in-company-coach}.
     */
    static String enumKey(String prefix, Enum<?> constant) {
        return prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
