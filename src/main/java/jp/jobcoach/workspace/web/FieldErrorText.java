package jp.jobcoach.workspace.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.RecordId;
import jp.jobcoach.workspace.port.Messages;

/** A field error as the user reads it: its message in their language, field labels and enum labels translated. */
public final class FieldErrorText {
    private FieldErrorText() {
    }

    public static String message(Messages messages, Locale locale, FieldError error) {
        Serializable[] args = Arrays.stream(error.messageArgs(key -> messages.text(locale, key)))
                .map(arg -> arg instanceof RecordId record ? Long.valueOf(record.id())
                        : arg instanceof Serializable value ? value : String.valueOf(arg))
                .toArray(Serializable[]::new);
        return messages.text(locale, error.messageKey(), args);
    }
}
